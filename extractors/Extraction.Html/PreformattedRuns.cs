using System.Text;

namespace Extraction.Html;

/// <summary>Appends a text node to the current line; inside &lt;pre&gt; each source line break ends the line,
/// which the caller's <c>endLine</c> turns into a paragraph or a text line.</summary>
internal static class PreformattedRuns
{
    public static void Append(StringBuilder line, string data, bool preformatted, Action endLine)
    {
        if (!preformatted)
        {
            line.Append(data);
            return;
        }

        var parts = data.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                endLine();
            }

            line.Append(parts[i]);
        }
    }
}
