using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;

namespace Extraction.Pdf.Structure;

/// <summary>A decoded object stream (/Type /ObjStm, §7.5.7): the header's object numbers and offsets, and
/// the data from which each object is parsed on demand.</summary>
internal sealed class ObjectStream
{
    private readonly byte[] _data;
    private readonly int _first;
    private readonly (int Number, int Offset)[] _index;

    private ObjectStream(byte[] data, int first, (int, int)[] index)
    {
        _data = data;
        _first = first;
        _index = index;
    }

    public int Count => _index.Length;

    public int Length => _data.Length;

    public IEnumerable<int> ObjectNumbers => _index.Select(e => e.Number);

    public static ObjectStream Load(PdfStream stream, WorkBudget budget)
    {
        var data = stream.GetDecodedData();
        var n = stream.Dictionary.GetLong("N") ?? 0;
        var first = stream.Dictionary.GetLong("First") ?? 0;
        if (n < 0 || first < 0 || first > data.Length || n > data.Length / 2 + 1)
        {
            throw new PdfParseException($"object stream {stream.Id}: /N {n} or /First {first} do not fit its {data.Length} decoded bytes");
        }

        var lexer = new PdfLexer(data, budget);
        var index = new List<(int, int)>();
        for (var i = 0; i < n; i++)
        {
            var number = lexer.Next();
            var offset = lexer.Next();
            if (number.Kind != TokenKind.Integer || offset.Kind != TokenKind.Integer || number.Integer is < 0 or > int.MaxValue
                || offset.Integer < 0 || first + offset.Integer > data.Length)
            {
                break; // keep the objects listed before the damage
            }

            index.Add(((int)number.Integer, (int)offset.Integer));
        }

        return new ObjectStream(data, (int)first, [.. index]);
    }

    /// <summary>The object at <paramref name="index"/> when it is <paramref name="number"/>; otherwise searched by number.</summary>
    public PdfObject? Get(int number, int index, IObjectResolver resolver, WorkBudget budget, int maxDepth)
    {
        var slot = index >= 0 && index < _index.Length && _index[index].Number == number
            ? index
            : Array.FindIndex(_index, e => e.Number == number);
        if (slot < 0)
        {
            return null;
        }

        var lexer = new PdfLexer(_data, budget) { Position = _first + _index[slot].Offset };
        var parser = new PdfObjectParser(lexer, resolver, maxDepth);
        // Objects in object streams are never streams and their strings are not separately encrypted.
        return parser.ReadObject();
    }
}
