using System.Globalization;
using System.Text;

namespace Extraction.Output.Html;

/// <summary>Escapes untrusted document text for HTML element content and attribute values.</summary>
internal static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in Files.XmlSafeText.Clean(text))
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\0': break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";

    public static string Px(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
