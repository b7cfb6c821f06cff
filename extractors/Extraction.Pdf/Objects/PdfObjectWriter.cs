using System.Globalization;
using System.Text;

namespace Extraction.Pdf.Objects;

/// <summary>Writes objects in PDF syntax, for messages and debugging (references are not followed).</summary>
internal static class PdfObjectWriter
{
    public static string Write(PdfObject value, int maxLength = int.MaxValue)
    {
        var sb = new StringBuilder();
        Append(sb, value, maxLength, 0);
        return sb.Length > maxLength ? sb.ToString(0, maxLength) + "…" : sb.ToString();
    }

    private static void Append(StringBuilder sb, PdfObject value, int maxLength, int depth)
    {
        if (sb.Length > maxLength || depth > 32)
        {
            return;
        }

        switch (value)
        {
            case PdfNull:
                sb.Append("null");
                break;
            case PdfBoolean b:
                sb.Append(b.Value ? "true" : "false");
                break;
            case PdfInteger i:
                sb.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case PdfReal r:
                sb.Append(r.Value.ToString("0.######", CultureInfo.InvariantCulture));
                break;
            case PdfName n:
                sb.Append('/');
                foreach (var c in n.Value)
                {
                    if (c <= ' ' || c > '~' || "()<>[]{}/%#".Contains(c, StringComparison.Ordinal))
                    {
                        sb.Append('#').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                }

                break;
            case PdfString s:
                sb.Append('<').Append(Convert.ToHexString(s.Bytes)).Append('>');
                break;
            case PdfReference reference:
                sb.Append(reference.Id.ToString());
                break;
            case PdfArray a:
                sb.Append('[');
                for (var k = 0; k < a.Items.Count; k++)
                {
                    if (k > 0)
                    {
                        sb.Append(' ');
                    }

                    Append(sb, a.Items[k], maxLength, depth + 1);
                }

                sb.Append(']');
                break;
            case PdfDictionary d:
                sb.Append("<<");
                foreach (var (key, item) in d.Items)
                {
                    Append(sb, PdfName.Of(key), maxLength, depth + 1);
                    sb.Append(' ');
                    Append(sb, item, maxLength, depth + 1);
                    sb.Append(' ');
                }

                sb.Append(">>");
                break;
            case PdfStream st:
                Append(sb, st.Dictionary, maxLength, depth + 1);
                sb.Append(" stream(").Append(st.StoredData.Length.ToString(CultureInfo.InvariantCulture)).Append(" bytes)");
                break;
            default:
                sb.Append(value.GetType().Name);
                break;
        }
    }
}
