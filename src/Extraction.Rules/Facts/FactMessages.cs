using Extraction.Messages;
using Extraction.Results;

namespace Extraction.Rules.Facts;

/// <summary>The same-fact findings' messages and link reasons, as catalog references.</summary>
internal static class FactMessages
{
    public static Msg MeasureReason(Fact a, Fact b) => Msg.Of("link.measure", ("a", a.Measure), ("b", b.Measure),
        Stated("period", a.Period ?? b.Period), Stated("scope", a.Scope ?? b.Scope), Stated("category", a.Category ?? b.Category));

    public static Msg RowReason(Fact text, Fact cell) => Msg.Of("link.row", ("measure", text.Measure.Length > 0 ? text.Measure : cell.Measure),
        ("row", cell.RowHeader ?? cell.Measure));

    public static Msg TotalReason(Fact cell) => Msg.Of("link.total", ("measure", cell.Measure), ("table", Short(cell.TableTitle ?? string.Empty)),
        ("row", cell.RowHeader ?? string.Empty));

    public static Msg HeadingReason(Fact heading) => Msg.Of("link.heading", ("heading", Short(heading.Evidence.Quote)));

    public static Msg UnitReason(Fact a, Fact b) => Msg.Of("link.unit", ("number", a.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("a", a.Unit), ("b", b.Unit));

    public static Msg Mismatch(Fact a, Fact b, bool unit) => Msg.Of(unit ? "finding.same_fact_unit" : "finding.same_fact",
        ("measure", a.Measure.Length > 0 ? a.Measure : b.Measure), ("page_a", Page(a)), Where("where_a", a), ("a", a.Text),
        ("page_b", Page(b)), Where("where_b", b), ("b", b.Text));

    private static string Page(Fact f) => f.Evidence.Page.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static MsgArg Where(string name, Fact f) => MsgArg.Term(name, f.Origin switch
    {
        "cell" => "term.place_cell",
        "heading" => "term.place_heading",
        "note" => "term.place_note",
        "formula" => "term.place_formula",
        _ => "term.place_text",
    });

    private static MsgArg Stated(string name, string? value) => value is null ? MsgArg.Term(name, "term.unstated") : MsgArg.Text(name, value);

    private static string Short(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
