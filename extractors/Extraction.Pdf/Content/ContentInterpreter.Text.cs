using Extraction.Model;
using Extraction.Pdf.Fonts;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Content;

/// <summary>Text showing: glyph placement through the text rendering matrix (§9.4.4).</summary>
internal sealed partial class ContentInterpreter
{
    // Glyph box in glyph space (em units): descent and ascent of a typical CJK/Latin face.
    private const double Descent = -0.2;
    private const double Ascent = 0.8;

    private void Show(byte[] bytes)
    {
        var ts = _state.Text;
        _decoded.Clear();
        if (ts.Font is { } font)
        {
            font.Decode(bytes, _decoded);
        }
        else
        {
            foreach (var b in bytes)
            {
                _decoded.Add(new DecodedGlyph(b, PdfFont.Undecodable, 0.5, b == 32));
            }
        }

        var vertical = ts.Font?.IsVertical ?? false;
        var fs = ts.FontSize;
        var th = ts.HorizontalScale;
        var invisible = ts.RenderMode is 3 or 7;
        foreach (var g in _decoded)
        {
            var trm = new Matrix(fs * th, 0, 0, fs, 0, ts.Rise).Multiply(_textMatrix).Multiply(_state.Ctm).Multiply(_display);
            var spacing = ts.CharSpacing + (g.IsWordSpace ? ts.WordSpacing : 0);
            if (_page.Glyphs.Count < MaxGlyphsPerPage)
            {
                Emit(g, trm, vertical, invisible);
            }

            if (vertical)
            {
                _textMatrix = Matrix.Translation(0, -((g.Advance * fs) + spacing)).Multiply(_textMatrix);
            }
            else
            {
                _textMatrix = Matrix.Translation(((g.Advance * fs) + spacing) * th, 0).Multiply(_textMatrix);
            }
        }
    }

    private void Emit(DecodedGlyph g, Matrix trm, bool vertical, bool invisible)
    {
        var width = g.Advance > 0 ? g.Advance : 0.5;
        (double X, double Y)[] corners = vertical
            ? [trm.Transform(-0.5, -1), trm.Transform(0.5, -1), trm.Transform(-0.5, 0), trm.Transform(0.5, 0)]
            : [trm.Transform(0, Descent), trm.Transform(width, Descent), trm.Transform(0, Ascent), trm.Transform(width, Ascent)];
        var box = new BoundingBox(corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y));
        if (!double.IsFinite(box.Left) || !double.IsFinite(box.Top) || !double.IsFinite(box.Right) || !double.IsFinite(box.Bottom))
        {
            return;
        }

        // Text outside the crop box is not on the page (spreadsheet cells overflowing, hidden drafts).
        // As poppler does, a glyph touching the page at all is kept.
        if (box.Right < 0 || box.Bottom < 0 || box.Left > _page.Width || box.Top > _page.Height)
        {
            return;
        }

        var (x, y) = trm.Transform(0, 0);
        var direction = vertical ? 1 : DirectionOf(trm.A, trm.B);
        var size = trm.ScaleY;
        _page.Glyphs.Add(new PageGlyph(g.Text, box, x, y, g.Advance * trm.ScaleX, size, direction, invisible, _sequence++));
    }

    /// <summary>0 right, 1 down, 2 left, 3 up, from the text x axis in display space.</summary>
    private static int DirectionOf(double dx, double dy)
    {
        if (Math.Abs(dx) >= Math.Abs(dy))
        {
            return dx >= 0 ? 0 : 2;
        }

        return dy > 0 ? 1 : 3;
    }

    private void ShowArray(PdfArray array)
    {
        var ts = _state.Text;
        var vertical = ts.Font?.IsVertical ?? false;
        for (var i = 0; i < array.Count; i++)
        {
            switch (array[i])
            {
                case PdfString s:
                    Show(s.Bytes);
                    break;
                case PdfNumber n when double.IsFinite(n.Double):
                    var adjust = -n.Double / 1000 * ts.FontSize;
                    _textMatrix = vertical
                        ? Matrix.Translation(0, adjust).Multiply(_textMatrix)
                        : Matrix.Translation(adjust * ts.HorizontalScale, 0).Multiply(_textMatrix);
                    break;
            }
        }
    }

    private void BeginMarked(IReadOnlyList<PdfObject> o, PdfDictionary resources)
    {
        string? actualText = null;
        if (o.Count > 1)
        {
            var properties = o[1] switch
            {
                PdfDictionary d => d,
                PdfName name => resources.GetDictionary("Properties")?.GetDictionary(name.Value),
                _ => null,
            };
            actualText = properties?.GetString("ActualText")?.ToText();
        }

        if (_marked.Count < MaxStateDepth)
        {
            _marked.Push(new MarkedContent(actualText, _page.Glyphs.Count));
        }
    }

    /// <summary>Replaces the glyphs shown inside an /ActualText span by one glyph carrying that text.</summary>
    private void EndMarked()
    {
        if (_marked.Count == 0)
        {
            return;
        }

        var marked = _marked.Pop();
        var glyphs = _page.Glyphs;
        if (marked.ActualText is null || marked.FirstGlyph >= glyphs.Count)
        {
            return;
        }

        var first = glyphs[marked.FirstGlyph];
        var box = first.Box;
        var advance = 0.0;
        for (var i = marked.FirstGlyph; i < glyphs.Count; i++)
        {
            box = box.Union(glyphs[i].Box);
            advance += glyphs[i].Advance;
        }

        glyphs.RemoveRange(marked.FirstGlyph, glyphs.Count - marked.FirstGlyph);
        var text = marked.ActualText.Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' ');
        glyphs.Add(first with { Text = text, Box = box, Advance = advance });
    }
}
