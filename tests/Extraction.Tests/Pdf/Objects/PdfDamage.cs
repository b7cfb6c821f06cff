using System.Text;
using System.Text.RegularExpressions;

namespace Extraction.Tests.Pdf.Objects;

/// <summary>Byte-level damage of the kinds real files show, for recovery tests.</summary>
internal static partial class PdfDamage
{
    /// <summary>Inserts a comment line after the header: every recorded offset is now wrong.</summary>
    public static byte[] ShiftOffsets(byte[] pdf, int by)
    {
        var eol = Array.IndexOf(pdf, (byte)'\n') + 1;
        var junk = Encoding.ASCII.GetBytes("%" + new string('x', by - 2) + "\n");
        return [.. pdf.AsSpan(0, eol), .. junk, .. pdf.AsSpan(eol)];
    }

    /// <summary>Bytes before "%PDF-": offsets are then relative to the header.</summary>
    public static byte[] JunkBeforeHeader(byte[] pdf) => [.. "GARBAGE BEFORE HEADER\r\n"u8, .. pdf];

    /// <summary>Points startxref into the middle of nowhere.</summary>
    public static byte[] BreakStartxref(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var tail = StartxrefNumber().Replace(text[at..], m => m.Groups[1].Value + new string('7', m.Groups[2].Length), 1);
        return Encoding.Latin1.GetBytes(text[..at] + tail);
    }

    /// <summary>Cuts the file before its last cross-reference section: no xref, no trailer, no startxref.</summary>
    public static byte[] DropTail(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.Length;
        do
        {
            at = text.LastIndexOf("xref", at - 1, StringComparison.Ordinal);
        }
        while (at >= 5 && text.AsSpan(at - 5, 5).SequenceEqual("start"));

        return at > 0 ? pdf[..at] : pdf;
    }

    /// <summary>Replaces every /Length value's digits with 1s (same byte length, so offsets stay right):
    /// direct lengths become wrong, indirect ones point at another object.</summary>
    public static byte[] WrongLengths(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        text = LengthValue().Replace(text, m => m.Groups[1].Value + new string('1', m.Groups[2].Length));
        return Encoding.Latin1.GetBytes(text);
    }

    [GeneratedRegex(@"(startxref\s+)(\d+)")]
    private static partial Regex StartxrefNumber();

    [GeneratedRegex(@"(/Length\s+)(\d+)")]
    private static partial Regex LengthValue();
}
