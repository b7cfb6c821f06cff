using Extraction.Model;
using Extraction.Results;

namespace Extraction.Tests.Mutations;

/// <summary>The read document as one key string in reading order (paragraphs, then each table's cells row by
/// row), so that the text either side of a token the pipeline reported can be taken from it.</summary>
internal sealed class DocumentStream
{
    private const int Context = 16;
    private readonly List<(string Text, int Start, CellRef? Cell)> _hosts = [];
    private readonly string _key;

    public DocumentStream(Document document)
    {
        var sb = new System.Text.StringBuilder();
        var tableIndex = -1;
        foreach (var block in document.Blocks)
        {
            if (block is Paragraph p)
            {
                _hosts.Add((p.Text, sb.Length, null));
                sb.Append(SourceBuffer.KeyOf(p.Text));
            }
            else if (block is Table t && t.RowCount > 0 && t.ColumnCount > 0)
            {
                tableIndex++;
                foreach (var cell in t.Cells.OrderBy(c => c.Row).ThenBy(c => c.Column))
                {
                    _hosts.Add((cell.Text, sb.Length, new CellRef(tableIndex, cell.Row, cell.Column)));
                    sb.Append(SourceBuffer.KeyOf(cell.Text));
                }
            }
        }

        _key = sb.ToString();
    }

    /// <summary>Index of the host (paragraph or cell) holding <paramref name="evidence"/>: its cell when it has one,
    /// else the first paragraph or cell whose text contains the quote; -1 when none does.</summary>
    public int Host(Evidence evidence)
    {
        if (evidence.Cell is { } cell)
        {
            var i = HostOfCell(cell);
            if (i >= 0)
            {
                return i;
            }
        }

        var quote = SourceBuffer.KeyOf(evidence.Quote);
        return quote.Length == 0 ? -1 : _hosts.FindIndex(h => SourceBuffer.KeyOf(h.Text).Contains(quote, StringComparison.Ordinal));
    }

    public int HostOfCell(CellRef cell) =>
        _hosts.FindIndex(h => h.Cell is { } c && c.Table == cell.Table && c.Row == cell.Row && c.Column == cell.Column);

    public string HostText(int host) => _hosts[host].Text;

    public CellRef? HostCell(int host) => _hosts[host].Cell;

    /// <summary>Cells of the same table row as <paramref name="cell"/>, in column order.</summary>
    public IEnumerable<(int Host, CellRef Cell, string Text)> Row(CellRef cell) =>
        _hosts.Select((h, i) => (i, h.Cell, h.Text))
            .Where(h => h.Cell is { } c && c.Table == cell.Table && c.Row == cell.Row)
            .Select(h => (h.i, h.Cell!.Value, h.Text));

    /// <summary>A target for the <paramref name="length"/> characters at <paramref name="offset"/> of host
    /// <paramref name="host"/>'s text.</summary>
    public Target At(string kind, int host, int offset, int length, string where)
    {
        var (text, start, cell) = _hosts[host];
        var token = text.Substring(offset, length);
        var at = start + SourceBuffer.KeyOf(text[..offset]).Length;
        var end = at + SourceBuffer.KeyOf(token).Length;
        var left = _key[Math.Max(0, at - Context)..at];
        var right = _key[end..Math.Min(_key.Length, end + Context)];
        return new Target(kind, token, left, right, where) { Cell = cell };
    }

}
