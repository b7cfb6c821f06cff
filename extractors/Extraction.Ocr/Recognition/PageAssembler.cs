using System.Globalization;
using System.Text;
using Extraction.Layout;
using Extraction.Model;
using Extraction.Messages;

namespace Extraction.Ocr.Recognition;

/// <summary>Observation → document page: rules become ruling segments for the shared table builder,
/// words go into cells by geometry or into paragraphs; cell numbers are repaired (the raw reading is
/// kept in a page problem note) and every block gets a confidence.</summary>
internal static class PageAssembler
{
    private const int MaxRepairNotes = 12;

    /// <param name="documentWords">All the document's OCR words, to calibrate the lost-point check of a page with too
    /// few numbers of its own; null: the page alone.</param>
    public static Page Assemble(int number, PageObservation observation, double? width, double? height, IReadOnlyList<OcrWord>? documentWords = null)
    {
        var dpi = observation.Dpi;
        observation = observation with { Words = LostPointRestorer.Restore(observation.Words, documentWords) };
        var fragments = new List<TextFragment>(observation.Words.Count);
        var confidenceOf = new Dictionary<TextFragment, double>(ReferenceEqualityComparer.Instance);
        foreach (var word in observation.Words)
        {
            var fragment = new TextFragment(word.Text, TableGeometry.ToPoints(word, dpi));
            fragments.Add(fragment);
            confidenceOf[fragment] = word.Confidence;
        }

        var blocks = new List<Block>();
        var repairs = new List<string>();
        foreach (var word in observation.Words.Where(w => w.Read is not null))
        {
            // The recogniser's reading, kept: the point was put back from the number's width on the page.
            repairs.Add(string.Create(CultureInfo.InvariantCulture, $"\"{Shorten(word.Read!)}\" → \"{Shorten(word.Text)}\""));
        }

        var inTables = new HashSet<int>();
        var tables = TableGeometry.Build(number, observation.Lines, dpi, fragments);
        foreach (var built in tables)
        {
            inTables.UnionWith(built.FragmentIndexes);
            var members = built.FragmentIndexes.Select(i => fragments[i]).ToList();
            var cells = built.Table.Cells.Select(cell => Repair(cell, members, confidenceOf, repairs)).ToList();
            var tableConfidence = Confidence.Mean(members, confidenceOf);
            blocks.Add(built.Table with
            {
                Cells = cells,
                Provenance = built.Table.Provenance with { Confidence = tableConfidence },
            });
        }

        var outside = Enumerable.Range(0, fragments.Count).Where(i => !inTables.Contains(i)).ToList();
        blocks.AddRange(ParagraphBuilder.Build(
            number,
            outside.Select(i => fragments[i]).ToList(),
            outside.Select(i => observation.Words[i].Confidence).ToList()));

        var ordered = blocks.OrderBy(b => b.Provenance.Box?.Top ?? 0).ThenBy(b => b.Provenance.Box?.Left ?? 0).ToList();
        var problems = new List<Problem>();
        if (observation.Note is not null)
        {
            problems.Add(Problem.Of("ocr", OcrNotes.Message(observation.Note, number), number));
        }

        if (repairs.Count > 0)
        {
            var shown = string.Join("; ", repairs.Take(MaxRepairNotes));
            var page = number.ToString(CultureInfo.InvariantCulture);
            var text = repairs.Count > MaxRepairNotes
                ? Msg.Of("problem.ocr_repaired_more", ("page", page), ("repairs", shown), ("more", (repairs.Count - MaxRepairNotes).ToString(CultureInfo.InvariantCulture)))
                : Msg.Of("problem.ocr_repaired", ("page", page), ("repairs", shown));
            problems.Add(Problem.Of("ocr", text, number));
        }

        return new Page(
            number,
            ordered,
            width ?? TableGeometry.ToPoints(observation.Width, dpi),
            height ?? TableGeometry.ToPoints(observation.Height, dpi),
            PageKind.Recognised)
        {
            Problems = problems,
            Words = fragments.Select(f => new PageWord(f.Text, f.Box)).ToArray(),
        };
    }

    private static TableCell Repair(TableCell cell, List<TextFragment> members, Dictionary<TextFragment, double> confidenceOf, List<string> repairs)
    {
        var box = cell.Provenance.Box;
        var inCell = box is null ? [] : members.Where(f => box.Value.Contains(f.Box.CenterX, f.Box.CenterY)).ToList();
        var text = QuoteRepair.RepairCell(NumericRepair.RepairCell(cell.Text));
        if (!string.Equals(text, cell.Text, StringComparison.Ordinal))
        {
            repairs.Add(string.Create(CultureInfo.InvariantCulture, $"R{cell.Row + 1}C{cell.Column + 1} \"{Shorten(cell.Text)}\" → \"{Shorten(text)}\""));
        }

        return cell with
        {
            Text = text,
            Provenance = cell.Provenance with { Confidence = Confidence.Min(inCell, confidenceOf) },
        };
    }

    private static string Shorten(string text)
    {
        var sb = new StringBuilder(text.Length > 40 ? text[..40] : text);
        if (text.Length > 40)
        {
            sb.Append('…');
        }

        return sb.ToString();
    }
}
