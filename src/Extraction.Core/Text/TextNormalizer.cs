using System.Text;

namespace Extraction.Text;

/// <summary>Character-level normalisation shared by every stage (matching labels, parsing numbers).</summary>
public static class TextNormalizer
{
    /// <summary>Full-width ASCII variants (U+FF01..U+FF5E) and the ideographic space to ASCII.</summary>
    public static char ToHalfWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>The text with full-width forms made half-width, character for character (indexes stay valid).</summary>
    public static string ToHalfWidth(string text) => string.Create(text.Length, text, static (span, t) =>
    {
        for (var i = 0; i < t.Length; i++)
        {
            span[i] = ToHalfWidth(t[i]);
        }
    });

    /// <summary>Removes all whitespace (cell text "项目\n监管" → "项目监管").</summary>
    public static string RemoveWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Half-width, whitespace-free (soft hyphens dropped too), for comparing labels and names.</summary>
    public static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var c = ToHalfWidth(ch);
            if (!char.IsWhiteSpace(c) && c != ParagraphText.SoftHyphen)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
