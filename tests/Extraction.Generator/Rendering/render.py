#!/usr/bin/python3
"""Renders generated documents from their truth JSON (schema extraction.generated/v1) by the routes only Python offers
here: Word (python-docx), reportlab PDFs (full grid, three-line, WPS-style filled-rectangle rules, tables continued over
pages with/without repeated header, landscape pages stored with /Rotate) and scans (rasterised by pdftoppm, damaged with
PIL: skew, blur, noise, JPEG, red seal). Every reportlab route uses the non-embedded CID font STSong-Light.

usage: render.py ROUTE OUTDIR TRUTH.json...   writes OUTDIR/<id>.<ext>; prints one line per failure to stderr.
Deterministic: every random choice is seeded from the document id.
"""
import json
import os
import random
import subprocess
import sys
import tempfile
import zlib


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def blocks(doc):
    tables = {t["index"]: t for t in doc["tables"]}
    for b in doc["blocks"]:
        if b["type"] == "table":
            yield b, tables[b["table"]]
        else:
            yield b, None


def grid(table):
    """Cell text by origin cell and covered cells, as (rows x cols) of text or None for covered."""
    g = [["" for _ in range(table["columns"])] for _ in range(table["rows"])]
    spans = []
    for c in table["cells"]:
        g[c["row"]][c["column"]] = c["text"]
        if c["rowspan"] > 1 or c["colspan"] > 1:
            spans.append((c["column"], c["row"], c["column"] + c["colspan"] - 1, c["row"] + c["rowspan"] - 1))
    return g, spans


# ---------------------------------------------------------------- Word

def render_docx(doc, out):
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "宋体"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    style.font.size = Pt(11)
    for b, t in blocks(doc):
        if t is None:
            if b["type"] == "heading":
                d.add_heading(b["text"], level=max(1, b["level"]) if b["level"] else 0)
            else:
                p = d.add_paragraph(b["text"])
                if b["type"] == "note":
                    for r in p.runs:
                        r.font.size = Pt(9)
            continue
        if t.get("caption"):
            d.add_paragraph(t["caption"])
        table = d.add_table(rows=t["rows"], cols=t["columns"])
        table.style = "Table Grid"
        for c in t["cells"]:
            cell = table.cell(c["row"], c["column"])
            if c["rowspan"] > 1 or c["colspan"] > 1:
                cell = cell.merge(table.cell(c["row"] + c["rowspan"] - 1, c["column"] + c["colspan"] - 1))
            cell.text = c["text"]
    d.save(out)


# ---------------------------------------------------------------- reportlab

def styles(font, size):
    from reportlab.lib.styles import ParagraphStyle
    body = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.6, firstLineIndent=size * 2, wordWrap="CJK")
    return {
        "h0": ParagraphStyle("h0", parent=body, fontSize=size + 5, leading=(size + 5) * 1.5, alignment=1, firstLineIndent=0, spaceAfter=6),
        "h1": ParagraphStyle("h1", parent=body, fontSize=size + 1, leading=(size + 1) * 1.6, firstLineIndent=0, spaceBefore=6),
        "p": body,
        "note": ParagraphStyle("note", parent=body, fontSize=size - 1.5, firstLineIndent=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=size - 2, leading=(size - 2) * 1.3, firstLineIndent=0),
        "caption": ParagraphStyle("caption", parent=body, alignment=1, firstLineIndent=0),
    }


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wps_table_class():
    from reportlab.platypus import Table

    class WpsTable(Table):
        """Rules drawn as thin filled rectangles around every cell, as WPS prints them."""

        def _drawLines(self):
            canv = self.canv
            canv.saveState()
            canv.setFillColorRGB(0, 0, 0)
            th = 0.6
            rects = []
            if getattr(self, "_spanCmds", None):
                rects = [r for r in self._spanRects.values() if r is not None]
            else:
                for i in range(len(self._rowpositions) - 1):
                    for j in range(len(self._colpositions) - 1):
                        x, y = self._colpositions[j], self._rowpositions[i + 1]
                        rects.append((x, y, self._colpositions[j + 1] - x, self._rowpositions[i] - y))
            for (x, y, w, h) in rects:
                canv.rect(x, y, w, th, stroke=0, fill=1)
                canv.rect(x, y + h - th, w, th, stroke=0, fill=1)
                canv.rect(x, y, th, h, stroke=0, fill=1)
                canv.rect(x + w - th, y, th, h, stroke=0, fill=1)
            canv.restoreState()

    return WpsTable


def col_widths(g, avail, size):
    """Column widths in points: every column at least as wide as its longest unbreakable token (numbers, short
    labels) so digits never wrap one per line; the rest shared by how much text each column holds."""
    import re
    import unicodedata

    def width(text):
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    cols = len(g[0])
    floor = [0.0] * cols
    need = [1.0] * cols
    for row in g:
        for j, text in enumerate(row):
            if text:
                tokens = re.findall(r"[0-9.,%≥≤\-]+", text) + ([text] if width(text) <= 8 else [])
                floor[j] = max([floor[j]] + [width(t) * size * 0.5 + 8 for t in tokens])
                need[j] = max(need[j], min(width(text), 28))
    rest = max(0.0, avail - sum(floor))
    total = sum(need)
    widths = [floor[j] + rest * need[j] / total for j in range(cols)]
    scale = avail / sum(widths)
    return [w * scale for w in widths]


def render_reportlab(doc, out, route, rng):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    font = "STSong-Light"
    rotated = route == "rl-rotated"
    rows_only = route.endswith("-rows")
    route = route.removesuffix("-rows")
    size = 10.5 if route != "rl-continued" else 12
    st = styles(font, size)
    pagesize = landscape(A4) if route == "rl-landscape" else A4
    margin = 56
    avail = pagesize[0] - 2 * margin
    story = []
    repeat = rng.random() < 0.5  # continued tables repeat their header on every page, or not
    table_class = wps_table_class() if route == "rl-wps" else Table
    for b, t in blocks(doc):
        if t is None:
            key = "h0" if b["type"] == "heading" and b["level"] == 0 else "h1" if b["type"] == "heading" else "note" if b["type"] == "note" else "p"
            story.append(Paragraph(esc(b["text"]), st[key]))
            continue
        if t.get("caption"):
            story.append(Paragraph(esc(t["caption"]), st["caption"]))
        g, spans = grid(t)
        data = [[Paragraph(esc(text), st["cell"]) if text else "" for text in row] for row in g]
        cmds = [("FONTNAME", (0, 0), (-1, -1), font), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        for (c0, r0, c1, r1) in spans:
            cmds.append(("SPAN", (c0, r0), (c1, r1)))
        header = t["header_rows"]
        if route in ("rl-grid", "rl-continued", "rl-landscape", "rl-rotated", "scan"):
            cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        elif route == "rl-threeline":
            cmds.append(("LINEABOVE", (0, 0), (-1, 0), 1.5, colors.black))
            cmds.append(("LINEBELOW", (0, max(0, header - 1)), (-1, max(0, header - 1)), 0.75, colors.black))
            cmds.append(("LINEBELOW", (0, -1), (-1, -1), 1.5, colors.black))
        if route == "rl-continued":
            cmds.append(("TOPPADDING", (0, 0), (-1, -1), 9))
            cmds.append(("BOTTOMPADDING", (0, 0), (-1, -1), 9))
        tbl = table_class(data, colWidths=col_widths(g, avail, size - 2), repeatRows=header if (repeat or route != "rl-continued") else 0,
                          splitInRow=1 if route == "rl-continued" and not rows_only else 0)
        tbl.setStyle(TableStyle(cmds))
        story.append(tbl)
        story.append(Spacer(1, 6))

    if not rotated:
        template = SimpleDocTemplate(out, pagesize=pagesize, leftMargin=margin, rightMargin=margin, topMargin=56, bottomMargin=56,
                                     title=doc["title"], author="", creator="generated", pageCompression=1)
        template.build(story)
        return

    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    box = landscape(A4)  # the MediaBox: landscape, shown turned by /Rotate 90 as an upright portrait page

    class RotatedCanvas(Canvas):
        """Pages stored landscape with /Rotate 90 and the content drawn turned, so a viewer shows it upright."""

        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._turn()

        def setPageRotation(self, rot):
            super().setPageRotation(90)

        def _turn(self):
            self.setPageRotation(90)
            self.transform(0, 1, -1, 0, box[0], 0)

        def showPage(self):
            super().showPage()
            self._turn()

    # reportlab writes a /Rotate 90 page's MediaBox with width and height swapped, so the canvas is given the portrait
    # size to store the landscape box (given the landscape size, the box came out portrait and clipped the turned content).
    template = BaseDocTemplate(out, pagesize=A4, title=doc["title"], author="", creator="generated", pageCompression=1)
    frame = Frame(margin, 56, A4[0] - 2 * margin, A4[1] - 112, id="body")
    template.addPageTemplates([PageTemplate(id="turned", frames=[frame], pagesize=A4)])
    template.build(story, canvasmaker=RotatedCanvas)


# ---------------------------------------------------------------- scans

def render_scan(doc, out, dpi, rng, work):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    pdf = os.path.join(work, doc["id"] + ".pdf")
    render_reportlab(doc, pdf, "scan", rng)
    prefix = os.path.join(work, doc["id"] + "-p")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, prefix], check=True, capture_output=True)
    pages = sorted(p for p in os.listdir(work) if p.startswith(doc["id"] + "-p") and p.endswith(".png"))
    images = []
    seal_page = rng.randrange(len(pages))
    font_path = next((p for p in ["/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
                                  "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"] if os.path.exists(p)), None)
    for i, name in enumerate(pages):
        img = Image.open(os.path.join(work, name)).convert("RGB")
        if i == seal_page or rng.random() < 0.25:
            seal(img, rng, dpi, font_path, doc.get("department") or "")
        angle = rng.uniform(0.5, 2.0) * (1 if rng.random() < 0.5 else -1)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
        img = img.filter(ImageFilter.GaussianBlur(radius=rng.uniform(0.3, 0.9) * dpi / 200))
        noise = Image.effect_noise(img.size, rng.uniform(12, 28)).convert("RGB")
        img = Image.blend(img, noise, rng.uniform(0.04, 0.10))
        tmp = os.path.join(work, name + ".jpg")
        img.save(tmp, "JPEG", quality=rng.randint(35, 70))
        images.append(Image.open(tmp))
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=float(dpi))


def seal(img, rng, dpi, font_path, name):
    from PIL import Image, ImageDraw, ImageFont

    r = int(dpi * 0.8)
    w, h = img.size
    cx = rng.randint(r + 10, max(r + 11, w - r - 10))
    cy = rng.randint(int(h * 0.2), int(h * 0.8))
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    red = (215, 30, 30, 150)
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(3, dpi // 40))
    s = r // 3
    draw.polygon([(cx, cy - s), (cx + s * 0.3, cy - s * 0.3), (cx + s, cy - s * 0.3), (cx + s * 0.45, cy + s * 0.15),
                  (cx + s * 0.65, cy + s), (cx, cy + s * 0.45), (cx - s * 0.65, cy + s), (cx - s * 0.45, cy + s * 0.15),
                  (cx - s, cy - s * 0.3), (cx - s * 0.3, cy - s * 0.3)], fill=red)
    if font_path:
        font = ImageFont.truetype(font_path, max(12, r // 5))
        text = (name or "专用章")[:10]
        draw.text((cx - len(text) * r // 10, cy - r * 0.75), text, font=font, fill=red)
    img.paste(Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB"))


# ---------------------------------------------------------------- main

EXT = {"docx": ".docx", "scan-150": ".pdf", "scan-300": ".pdf"}


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    route, outdir, files = argv[1], argv[2], argv[3:]
    os.makedirs(outdir, exist_ok=True)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="render-") as work:
        for path in files:
            doc = load(path)
            rng = random.Random(zlib.crc32((doc["id"] + route).encode("utf-8")))
            out = os.path.join(outdir, doc["id"] + EXT.get(route, ".pdf"))
            try:
                if route == "docx":
                    render_docx(doc, out)
                elif route.startswith("scan-"):
                    render_scan(doc, out, int(route.split("-")[1]), rng, work)
                elif route.startswith("rl-"):
                    try:
                        render_reportlab(doc, out, route, rng)
                    except UnboundLocalError:
                        # reportlab cannot split some spanned rows inside a row (splitInRow); such a table then breaks
                        # between rows only, still continued over pages with its spans cut at the break.
                        render_reportlab(doc, out, route + "-rows", random.Random(zlib.crc32((doc["id"] + route).encode("utf-8"))))
                else:
                    print(f"render.py: unknown route {route}", file=sys.stderr)
                    return 2
            except Exception as e:  # one bad document does not stop the batch
                failures += 1
                print(f"render.py: {route} {doc['id']}: {type(e).__name__}: {e}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
