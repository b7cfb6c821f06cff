using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Analysis.Figures;

/// <summary>Printed arithmetic: "183,333.33÷183,421.03×100%=99.95%", "(90.83+99.95)/2*5分=4.77分".</summary>
internal static partial class FormulaScanner
{
    public static IEnumerable<FormulaMatch> Scan(string norm, int start, int end)
    {
        foreach (Match m in Formula().Matches(norm[..end], start))
        {
            var operands = new List<PrintedNumber>();
            foreach (Match n in Operand().Matches(m.Groups["expr"].Value))
            {
                if (PrintedNumber.TryParse(n.Value, out var p))
                {
                    operands.Add(p);
                }
            }

            if (operands.Count < 2 || !PrintedNumber.TryParse(m.Groups["result"].Value, out var result))
            {
                continue;
            }

            var unit = m.Groups["unit"].Success ? m.Groups["unit"].Value : null;
            yield return new FormulaMatch(m.Index, m.Index + m.Length, m.Groups["result"].Index, operands, result, unit);
        }
    }

    private const string Num = @"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";
    private const string Term = @"[(\[]*\s*(?:" + Num + @")\s*(?:%|分|万元|元)?\s*[)\]]*";

    [GeneratedRegex(@"(?<![\d.])(?<expr>" + Term + @"(?:\s*[+\-−×xX*÷/]\s*" + Term + @")+)\s*[=]\s*(?<result>-?(?:" + Num + @"))\s*(?<unit>%|分|万元|元)?")]
    private static partial Regex Formula();

    [GeneratedRegex(Num)]
    private static partial Regex Operand();
}

/// <summary>A formula found in normalised text.</summary>
internal sealed record FormulaMatch(int Start, int End, int ResultStart, IReadOnlyList<PrintedNumber> Operands, PrintedNumber Result, string? Unit);
