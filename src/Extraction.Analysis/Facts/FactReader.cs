using System.Text.RegularExpressions;
using Extraction.Model;
using Extraction.Text;

namespace Extraction.Analysis.Facts;

/// <summary>The walk that builds a document's fact table: paragraphs (headings apart), then tables with the title and
/// unit line printed above them. It keeps the context a number's key needs beyond its sentence: the section
/// (the last heading) and, for tables, the title and 单位 line.</summary>
internal sealed partial class FactReader
{
    private readonly FactSink _sink = new();
    private int _block;
    private int _section = -1;
    private int _tableIndex = -1;
    private string? _title;
    private string? _unit;
    private string? _textMoneyUnit;
    private (string? Title, string? Unit, IReadOnlyList<string> Headers)? _lastPart;
    private bool _afterTable;

    public IReadOnlyList<Results.Fact> Facts => _sink.Facts;

    public void Paragraph(Paragraph p)
    {
        var text = p.Text;
        var heading = IsHeading(p);
        if (heading)
        {
            _section++;
        }

        var key = TextNormalizer.Key(text);
        if (UnitLine().Match(key) is { Success: true } u)
        {
            _unit = u.Groups["u"].Value;
        }

        if (key.Length is > 0 and <= 60 && key.Contains('表', StringComparison.Ordinal) && !key.Contains('。', StringComparison.Ordinal))
        {
            _title = key;
        }
        else if (TrailingTitle(key) is { } title)
        {
            // A title a PDF reader ran into the sentence before it ("…均控制在预算以内。部门支出明细表单位：元").
            _title = title;
        }

        var place = new FactPlace(p.Provenance.Page, p.Provenance.Box, null, heading ? "heading" : "text", p.Provenance.Confidence, _block, _section);
        var from = _sink.Count;
        TextFactReader.Read(text, place, _sink);
        for (var i = from; i < _sink.Count; i++)
        {
            if (_sink.Facts[i].Unit is "万元" or "元" or "亿元" or "千元")
            {
                _textMoneyUnit = _sink.Facts[i].Unit;
            }
        }

        _afterTable = false;
        _block++;
    }

    public void Table(Table t)
    {
        _tableIndex++;
        var place = new FactPlace(t.Provenance.Page, t.Provenance.Box, null, "cell", t.Provenance.Confidence, _block, _section);
        // A table right after a table, with no title of its own, continues it (the rest of a 总表 past a page break), as
        // does a part the page geometry joined to the one before (page furniture between): its title, unit and columns.
        var previous = _title is null && t.Caption is null && (_afterTable || t.ContinuesPrevious) ? _lastPart : null;
        var title = _title ?? t.Caption ?? previous?.Title;
        var unit = _unit ?? (t.Caption is { } caption && UnitLine().Match(TextNormalizer.Key(caption)) is { Success: true } m ? m.Groups["u"].Value : null)
            ?? previous?.Unit;
        var headers = TableFactReader.Read(t, _tableIndex, place, title, unit, _textMoneyUnit, previous?.Headers, _sink);
        _lastPart = (title, unit, headers);
        _afterTable = true;
        _title = null;
        _unit = null;
        _block++;
    }

    /// <summary>The words after a paragraph's last full stop when they name a table (a short run holding 表, no clause
    /// mark): the title of the table below, joined to the paragraph by the reader.</summary>
    private static string? TrailingTitle(string key)
    {
        var stop = key.LastIndexOf('。');
        if (stop < 0 || stop == key.Length - 1)
        {
            return null;
        }

        var tail = key[(stop + 1)..];
        var words = UnitLine().Replace(tail, string.Empty);
        return words.Length is > 1 and <= 40 && words.Contains('表', StringComparison.Ordinal) && words.IndexOfAny(['，', '；', '：', ',', ';', ':']) < 0
            ? tail : null;
    }

    /// <summary>A heading: marked by the reader, or a short numbered line without a full stop ("（五）信息化运维（项）54.20万元").</summary>
    private static bool IsHeading(Paragraph p)
    {
        if (p.HeadingLevel is not null)
        {
            return true;
        }

        var key = TextNormalizer.Key(p.Text);
        return key.Length <= 40 && !key.Contains('。', StringComparison.Ordinal) && !key.Contains('，', StringComparison.Ordinal) && Numbered().IsMatch(key);
    }

    [GeneratedRegex(@"^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节部分])")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"单位[:：](?<u>亿元|万元|千元|元)")]
    private static partial Regex UnitLine();
}
