using System.Globalization;
using Extraction.Pdf.Objects;
using Extraction.Messages;

namespace Extraction.Pdf.Structure;

/// <summary>Walks /Root /Pages depth-first with an explicit stack: inherited attributes flow down, a node
/// met twice (a cycle or shared subtree) is skipped and reported, depth and page count are bounded.</summary>
internal static class PageTree
{
    private sealed record Node(PdfObject Raw, int Depth, PdfDictionary? Resources, PdfObject? MediaBox, PdfObject? CropBox, PdfObject? Rotate);

    public static List<PdfPage> Read(PdfFile file)
    {
        var pages = new List<PdfPage>();
        var root = file.Catalog.GetRaw("Pages");
        if (root is null)
        {
            file.Report("catalog has no /Pages");
            return ScanForPages(file);
        }

        var seen = new HashSet<ObjectId>();
        var seenDirect = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Node>();
        stack.Push(new Node(root, 0, null, null, null, null));
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            file.Budget.Charge(1);
            ObjectId? id = node.Raw is PdfReference r ? r.Id : null;
            if (node.Raw.Resolve() is not PdfDictionary dict)
            {
                file.Report($"page tree node {id?.ToString() ?? "(direct)"} is not a dictionary; skipped");
                continue;
            }

            if ((id is { } i && !seen.Add(i)) || !seenDirect.Add(dict))
            {
                file.Report($"page tree node {id?.ToString() ?? "(direct)"} appears twice (loop or shared kid); skipped");
                continue;
            }

            var resources = dict.GetDictionary("Resources") ?? node.Resources;
            var mediaBox = dict.Get("MediaBox") ?? node.MediaBox;
            var cropBox = dict.Get("CropBox") ?? node.CropBox;
            var rotate = dict.Get("Rotate") ?? node.Rotate;
            var type = dict.GetName("Type");
            var kids = dict.GetArray("Kids");
            if (type == "Pages" || (type != "Page" && kids is not null))
            {
                if (node.Depth >= file.Options.MaxDepth)
                {
                    file.Report($"page tree deeper than {file.Options.MaxDepth} levels; deeper pages skipped");
                    continue;
                }

                if (kids is null)
                {
                    continue;
                }

                for (var k = kids.Count - 1; k >= 0; k--)
                {
                    stack.Push(new Node(kids.Items[k], node.Depth + 1, resources, mediaBox, cropBox, rotate));
                }

                continue;
            }

            if (pages.Count >= file.Options.MaxPages)
            {
                file.Report(Msg.Of("problem.pdf_pages_over", ("max", file.Options.MaxPages.ToString(CultureInfo.InvariantCulture))));
                break;
            }

            pages.Add(Page(file, pages.Count + 1, dict, id, resources, mediaBox, cropBox, rotate));
        }

        return pages.Count > 0 ? pages : ScanForPages(file);
    }

    /// <summary>When the tree yields nothing, the page objects are found by scanning, in object order (as
    /// poppler does); inherited attributes come from their /Parent chain.</summary>
    private static List<PdfPage> ScanForPages(PdfFile file)
    {
        var pages = new List<PdfPage>();
        foreach (var number in file.ObjectNumbers.ToArray())
        {
            file.Budget.Charge(1);
            if (pages.Count >= file.Options.MaxPages)
            {
                break;
            }

            if (file.Resolve(number) is not PdfDictionary dict || !dict.IsNamed("Type", "Page"))
            {
                continue;
            }

            var resources = dict.GetDictionary("Resources");
            var mediaBox = dict.Get("MediaBox");
            var cropBox = dict.Get("CropBox");
            var rotate = dict.Get("Rotate");
            var parent = dict.GetDictionary("Parent");
            for (var depth = 0; parent is not null && depth < file.Options.MaxDepth; depth++)
            {
                resources ??= parent.GetDictionary("Resources");
                mediaBox ??= parent.Get("MediaBox");
                cropBox ??= parent.Get("CropBox");
                rotate ??= parent.Get("Rotate");
                parent = parent.GetDictionary("Parent");
            }

            pages.Add(Page(file, pages.Count + 1, dict, new ObjectId(number, 0), resources, mediaBox, cropBox, rotate));
        }

        if (pages.Count > 0)
        {
            file.Report($"page tree unusable: {pages.Count} pages found by scanning for /Type /Page objects");
        }

        return pages;
    }

    private static PdfPage Page(PdfFile file, int number, PdfDictionary dict, ObjectId? id, PdfDictionary? resources, PdfObject? mediaBox, PdfObject? cropBox, PdfObject? rotate)
    {
        var media = PdfRectangle.From(mediaBox) ?? PdfRectangle.Letter;
        var crop = PdfRectangle.From(cropBox) is { } c ? c.Intersect(media) ?? media : media;
        var degrees = rotate is PdfNumber n ? n.Int32 : 0;
        degrees = ((degrees % 360) + 360) % 360 / 90 * 90;
        return new PdfPage(file, number, dict, id, resources ?? PdfDictionary.Empty, media, crop, degrees);
    }
}
