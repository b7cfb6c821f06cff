using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Extraction.Pdf.Structure;

/// <summary>Writes small well-formed PDFs from object bodies (classic xref table, or an object stream with
/// an xref stream), for tests and the fuzz harness's seeds.</summary>
internal sealed class SyntheticPdf
{
    private readonly SortedDictionary<int, byte[]> _objects = [];
    private readonly HashSet<int> _streams = [];

    public int Next => _objects.Count == 0 ? 1 : _objects.Keys.Max() + 1;

    /// <summary>Adds an object body ("&lt;&lt; /Type /Catalog … &gt;&gt;"); returns its number.</summary>
    public int Add(string body) => Set(Next, body);

    public int Set(int number, string body)
    {
        _objects[number] = Encoding.Latin1.GetBytes(body);
        _streams.Remove(number);
        return number;
    }

    /// <summary>Adds a stream; /Length is written from the data. <paramref name="flate"/> compresses it.</summary>
    public int AddStream(string dictionaryEntries, byte[] data, bool flate = false, int? number = null)
    {
        if (flate)
        {
            data = Deflate(data);
            dictionaryEntries += " /Filter /FlateDecode";
        }

        var head = Encoding.Latin1.GetBytes($"<< {dictionaryEntries} /Length {data.Length} >>\nstream\n");
        var n = number ?? Next;
        _objects[n] = [.. head, .. data, .. "\nendstream"u8];
        _streams.Add(n);
        return n;
    }

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Fastest))
        {
            z.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>A classic file: header, objects, xref table, trailer.</summary>
    public byte[] Build(int root, string trailerExtra = "")
    {
        using var output = new MemoryStream();
        Write(output, "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
        var offsets = new Dictionary<int, long>();
        foreach (var (number, body) in _objects)
        {
            offsets[number] = output.Position;
            Write(output, $"{number} 0 obj\n");
            output.Write(body);
            Write(output, "\nendobj\n");
        }

        var size = _objects.Count == 0 ? 1 : _objects.Keys.Max() + 1;
        var xref = output.Position;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {size}\n0000000000 65535 f \n");
        for (var n = 1; n < size; n++)
        {
            sb.Append(offsets.TryGetValue(n, out var o) ? $"{o:D10} 00000 n \n" : "0000000000 65535 f \n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size} /Root {root} 0 R {trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        Write(output, sb.ToString());
        return output.ToArray();
    }

    /// <summary>A PDF 1.5 file: non-stream objects in one object stream, located by an xref stream.</summary>
    public byte[] BuildCompressed(int root)
    {
        var inner = _objects.Where(o => !_streams.Contains(o.Key)).ToArray();
        var stmNumber = _objects.Keys.Max() + 1;
        var xrefNumber = stmNumber + 1;
        var header = new StringBuilder();
        using var bodies = new MemoryStream();
        foreach (var (number, body) in inner)
        {
            header.Append(CultureInfo.InvariantCulture, $"{number} {bodies.Length} ");
            bodies.Write(body);
            bodies.WriteByte((byte)'\n');
        }

        var headerBytes = Encoding.ASCII.GetBytes(header.ToString());
        var objStm = Deflate([.. headerBytes, .. bodies.ToArray()]);
        using var output = new MemoryStream();
        Write(output, "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
        var offsets = new Dictionary<int, long>();
        foreach (var number in _streams.Order())
        {
            offsets[number] = output.Position;
            Write(output, $"{number} 0 obj\n");
            output.Write(_objects[number]);
            Write(output, "\nendobj\n");
        }

        offsets[stmNumber] = output.Position;
        Write(output, $"{stmNumber} 0 obj\n<< /Type /ObjStm /N {inner.Length} /First {headerBytes.Length} /Filter /FlateDecode /Length {objStm.Length} >>\nstream\n");
        output.Write(objStm);
        Write(output, "\nendstream\nendobj\n");
        var xrefOffset = output.Position;
        var size = xrefNumber + 1;
        var rows = new byte[size * 7];
        var index = inner.Select((o, i) => (o.Key, i)).ToDictionary(x => x.Key, x => x.i);
        for (var n = 0; n < size; n++)
        {
            var row = rows.AsSpan(n * 7, 7);
            if (n == xrefNumber)
            {
                Row(row, 1, xrefOffset, 0);
            }
            else if (offsets.TryGetValue(n, out var o))
            {
                Row(row, 1, o, 0);
            }
            else if (index.TryGetValue(n, out var i))
            {
                Row(row, 2, stmNumber, i);
            }
        }

        var packed = Deflate(rows);
        Write(output, $"{xrefNumber} 0 obj\n<< /Type /XRef /Size {size} /W [1 4 2] /Root {root} 0 R /Filter /FlateDecode /Length {packed.Length} >>\nstream\n");
        output.Write(packed);
        Write(output, $"\nendstream\nendobj\nstartxref\n{xrefOffset}\n%%EOF\n");
        return output.ToArray();
    }

    private static void Row(Span<byte> row, byte type, long field2, int field3)
    {
        row[0] = type;
        row[1] = (byte)(field2 >> 24);
        row[2] = (byte)(field2 >> 16);
        row[3] = (byte)(field2 >> 8);
        row[4] = (byte)field2;
        row[5] = (byte)(field3 >> 8);
        row[6] = (byte)field3;
    }

    private static void Write(MemoryStream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));
}
