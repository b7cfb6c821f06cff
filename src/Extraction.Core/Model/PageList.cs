using System.Globalization;
using System.Text;

namespace Extraction.Model;

/// <summary>Page numbers as a short list of ranges ("3, 7–9, 12"), for problem messages that name unread pages.</summary>
public static class PageList
{
    public static string Format(IEnumerable<int> pages)
    {
        var sorted = pages.Distinct().Order().ToArray();
        var sb = new StringBuilder();
        for (var i = 0; i < sorted.Length;)
        {
            var j = i;
            while (j + 1 < sorted.Length && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }

            if (sb.Length > 0)
            {
                sb.Append(", ");
            }

            sb.Append(sorted[i].ToString(CultureInfo.InvariantCulture));
            if (j > i)
            {
                sb.Append('–').Append(sorted[j].ToString(CultureInfo.InvariantCulture));
            }

            i = j + 1;
        }

        return sb.ToString();
    }
}
