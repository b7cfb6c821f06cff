using System.Text;
using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Markdown;

/// <summary>Reduces the LaTeX fragments document converters leave in Markdown (`$85\%$`,
/// `$\text{评分}$`, `$\geq 500$`, `\times`) to the plain text a reader of the page sees.</summary>
internal static partial class LatexText
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["times"] = "×", ["div"] = "÷", ["cdot"] = "·", ["pm"] = "±", ["mp"] = "∓",
        ["geq"] = "≥", ["ge"] = "≥", ["leq"] = "≤", ["le"] = "≤", ["neq"] = "≠", ["ne"] = "≠",
        ["approx"] = "≈", ["sim"] = "~", ["infty"] = "∞", ["degree"] = "°", ["circ"] = "°",
        ["rightarrow"] = "→", ["to"] = "→", ["leftarrow"] = "←", ["Rightarrow"] = "⇒",
        ["sum"] = "∑", ["prod"] = "∏", ["sqrt"] = "√", ["alpha"] = "α", ["beta"] = "β", ["Delta"] = "Δ",
        ["ldots"] = "…", ["cdots"] = "⋯", ["dots"] = "…", ["quad"] = " ", ["qquad"] = " ",
        ["left"] = string.Empty, ["right"] = string.Empty, ["displaystyle"] = string.Empty,
        ["big"] = string.Empty, ["Big"] = string.Empty, ["bigl"] = string.Empty, ["bigr"] = string.Empty,
    };

    /// <summary>Commands whose braced argument is the text itself.</summary>
    private static readonly HashSet<string> TextCommands = new(StringComparer.Ordinal)
    {
        "text", "mathrm", "textrm", "mathbf", "textbf", "mathit", "textit", "operatorname", "rm", "bf",
        "boldsymbol", "mbox", "mathsf", "mathtt", "textnormal", "underline", "overline", "hat", "bar",
    };

    /// <summary>Replaces inline and display math with its text; spaces the converter put around
    /// a formula next to Chinese text are dropped.</summary>
    public static string ReplaceMath(string line)
    {
        if (!line.Contains('$', StringComparison.Ordinal) && !line.Contains('\\', StringComparison.Ordinal))
        {
            return line;
        }

        var replaced = MathSpan().Replace(line, m =>
        {
            var body = m.Groups["d"].Success ? m.Groups["d"].Value : m.Groups["i"].Value;
            if (!m.Groups["d"].Success && !LooksLikeMath(body))
            {
                return m.Value;
            }

            var text = Reduce(body, inMath: true);
            var before = m.Index > 0 ? line[m.Index - 1] : ' ';
            var afterIndex = m.Index + m.Length;
            var after = afterIndex < line.Length ? line[afterIndex] : ' ';
            return Pad(m.Groups["lead"].Value, before, text, true) + text + Pad(m.Groups["trail"].Value, after, text, false);
        });

        // Bare commands outside math (`\times`, `\%`).
        return replaced.Contains('\\', StringComparison.Ordinal) ? Reduce(replaced, inMath: false) : replaced;
    }

    /// <summary>The text of a LaTeX fragment: text commands unwrapped, symbols replaced,
    /// fractions as a/b, grouping braces and (in math) layout spaces removed.</summary>
    public static string Reduce(string latex, bool inMath)
    {
        var sb = new StringBuilder(latex.Length);
        var i = 0;
        while (i < latex.Length)
        {
            var c = latex[i];
            if (c == '\\' && i + 1 < latex.Length)
            {
                var start = i + 1;
                if (!char.IsAsciiLetter(latex[start]))
                {
                    // \% \$ \{ \} \_ \& \# and spacing commands \, \; \! \ .
                    var escaped = latex[start];
                    sb.Append(escaped switch
                    {
                        ',' or ';' or ':' or '!' => string.Empty,
                        ' ' => " ",
                        '\\' => inMath ? " " : "\\",
                        _ => escaped.ToString(),
                    });
                    i = start + 1;
                    continue;
                }

                var end = start;
                while (end < latex.Length && char.IsAsciiLetter(latex[end]))
                {
                    end++;
                }

                var name = latex[start..end];
                if (Symbols.TryGetValue(name, out var symbol))
                {
                    sb.Append(symbol);
                    i = end;
                }
                else if (TextCommands.Contains(name) || name is "frac" or "dfrac" or "tfrac")
                {
                    i = end;
                    var first = ReadGroup(latex, ref i);
                    if (name is "frac" or "dfrac" or "tfrac")
                    {
                        var second = ReadGroup(latex, ref i);
                        sb.Append(Reduce(first, inMath)).Append('/').Append(Reduce(second, inMath));
                    }
                    else
                    {
                        // Text inside \text{} keeps its spaces.
                        sb.Append(Reduce(first, inMath: false));
                    }
                }
                else if (!inMath)
                {
                    // An unknown command in running text stays as written.
                    sb.Append(latex, i, end - i);
                    i = end;
                }
                else
                {
                    i = end;
                }

                continue;
            }

            if (inMath)
            {
                switch (c)
                {
                    case '{' or '}':
                        i++;
                        continue;
                    case '^' or '_':
                        i++;
                        var script = ReadGroup(latex, ref i);
                        sb.Append(c == '^' ? Superscript(Reduce(script, inMath)) : Reduce(script, inMath));
                        continue;
                    case '~':
                        sb.Append(' ');
                        i++;
                        continue;
                }

                if (ParagraphText.IsSpace(c))
                {
                    // Layout spaces in math carry no meaning; keep one only between words.
                    var next = i + 1 < latex.Length ? latex[i + 1] : ' ';
                    if (sb.Length > 0 && char.IsAsciiLetter(sb[^1]) && char.IsAsciiLetter(next))
                    {
                        sb.Append(' ');
                    }

                    i++;
                    continue;
                }
            }

            sb.Append(c);
            i++;
        }

        return sb.ToString();
    }

    private static string ReadGroup(string latex, ref int i)
    {
        while (i < latex.Length && latex[i] == ' ')
        {
            i++;
        }

        if (i >= latex.Length)
        {
            return string.Empty;
        }

        if (latex[i] != '{')
        {
            // A single token: \cmd or one character.
            var start = i;
            i++;
            if (latex[start] == '\\')
            {
                while (i < latex.Length && char.IsAsciiLetter(latex[i]))
                {
                    i++;
                }
            }

            return latex[start..i];
        }

        var depth = 0;
        var open = i;
        for (; i < latex.Length; i++)
        {
            if (latex[i] == '\\')
            {
                i++;
                continue;
            }

            if (latex[i] == '{')
            {
                depth++;
            }
            else if (latex[i] == '}' && --depth == 0)
            {
                i++;
                return latex[(open + 1)..(i - 1)];
            }
        }

        return latex[(open + 1)..];
    }

    private static string Superscript(string text) => text switch
    {
        "2" => "²",
        "3" => "³",
        "\\circ" or "°" or "o" => "°",
        _ => "^" + text,
    };

    private static bool LooksLikeMath(string body) =>
        body.Contains('\\', StringComparison.Ordinal) || MathOnly().IsMatch(body);

    private static string Pad(string space, char outside, string text, bool leading)
    {
        if (space.Length == 0 || char.IsWhiteSpace(outside))
        {
            return space.Length == 0 ? string.Empty : " ";
        }

        var inside = text.Length == 0 ? ' ' : leading ? text[0] : text[^1];
        return ParagraphText.IsCjk(outside) || ParagraphText.IsCjk(inside) ? string.Empty : " ";
    }

    [GeneratedRegex(@"(?<lead>[ \t]*)(?:\$\$(?<d>.+?)\$\$|\$(?<i>[^$\n]{1,400}?)\$)(?<trail>[ \t]*)", RegexOptions.CultureInvariant)]
    private static partial Regex MathSpan();

    [GeneratedRegex(@"^[\s0-9.,+\-*/=<>()%^_{}]+$", RegexOptions.CultureInvariant)]
    private static partial Regex MathOnly();
}
