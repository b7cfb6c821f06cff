using System.Text;

namespace Extraction.Output.Files;

/// <summary>Makes untrusted text writable into XML 1.0 (XLSX parts) and HTML: characters XML forbids — C0 controls
/// other than tab/newline/return, U+FFFE, U+FFFF and unpaired surrogates — become U+FFFD, so one odd character in
/// a document or file name can never stop a writer. A cut never splits a surrogate pair.</summary>
public static class XmlSafeText
{
    public const char Replacement = '\uFFFD';

    public static string Clean(string text, int maxLength = int.MaxValue)
    {
        if (IsClean(text) && text.Length <= maxLength)
        {
            return text;
        }

        var sb = new StringBuilder(Math.Min(text.Length, maxLength));
        for (var i = 0; i < text.Length && sb.Length < maxLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (sb.Length + 2 > maxLength)
                {
                    break;
                }

                sb.Append(c).Append(text[++i]);
            }
            else
            {
                sb.Append(Allowed(c) ? c : Replacement);
            }
        }

        return sb.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!Allowed(c))
            {
                return false;
            }
        }

        return true;
    }

    // XML 1.0 Char, minus the surrogate halves (handled in pairs above).
    private static bool Allowed(char c) =>
        c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
