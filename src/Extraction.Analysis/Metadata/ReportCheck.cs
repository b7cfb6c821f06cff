using Extraction.Messages;
using Extraction.Model;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Analysis.Metadata;

/// <summary>Whether a document is a report at all (else it is listed as skipped and never analysed): the tool's
/// own report.html, text that is mostly not Chinese (a README, a licence, code), or Chinese text with neither a
/// report title in its first lines nor a score table (notes, minutes, letters). The reason is Chinese text for
/// the documents list.</summary>
internal static partial class ReportCheck
{
    private const int HeadLines = 20;

    /// <summary>Below this share of CJK characters among letters the text is not a Chinese report.</summary>
    private const double MinChineseShare = 0.3;

    private static readonly string[] TitleWords = ["绩效", "自评", "评价", "核查", "复核", "决算", "预算", "支出", "报告", "自评表", "评分"];

    /// <summary>Null when the document reads as a report; otherwise the reason it is not one.</summary>
    public static string? NotReportReason(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Table> tables, int scoreTables)
    {
        var head = paragraphs.Take(HeadLines).Select(p => TextNormalizer.RemoveWhitespace(p.Text)).Where(t => t.Length > 0).ToArray();
        if (head.Length > 0 && OwnOutputTitles().Contains(head[0], StringComparer.Ordinal))
        {
            return MessageCatalog.Default.Text("kind.reason_own_output", Language.Zh);
        }

        if (scoreTables > 0)
        {
            return null;
        }

        var (cjk, latin) = Letters(paragraphs.Select(p => p.Text).Concat(tables.SelectMany(t => t.Cells).Select(c => c.Text)));
        if (cjk + latin == 0)
        {
            return null; // nothing to judge by (an unread scan): the pipeline reports that itself
        }

        if (cjk < (cjk + latin) * MinChineseShare)
        {
            return MessageCatalog.Default.Text("kind.reason_not_chinese", Language.Zh);
        }

        // A report names itself in a short line at the top (its title or cover), not in a sentence; a page whose title
        // stayed outside its text (a web page's heading, a section cut from a longer report) still accounts for money
        // in its sentences as a report does.
        var titled = head.Any(line => line.Length <= 60 && !line.Any(c => c is '，' or '。' or '；' or ',' or ';') && TitleWords.Any(w => line.Contains(w, StringComparison.Ordinal)));
        return titled || tables.Count > 0 || Accounts(paragraphs) ? null : MessageCatalog.Default.Text("kind.reason_no_title", Language.Zh);
    }

    /// <summary>Sentences that account for money: at least <see cref="MinAmounts"/> amounts in 元/万元/亿元 and a word of a
    /// budget's vocabulary (预算, 决算, 收入, 支出, 经费, 资金) in the same text.</summary>
    private static bool Accounts(IReadOnlyList<Paragraph> paragraphs)
    {
        var text = string.Concat(paragraphs.Select(p => p.Text));
        return Amount().Count(text) >= MinAmounts && FiscalWords.Any(w => text.Contains(w, StringComparison.Ordinal));
    }

    private const int MinAmounts = 3;

    private static readonly string[] FiscalWords = ["预算", "决算", "收入", "支出", "经费", "资金"];

    [System.Text.RegularExpressions.GeneratedRegex(@"\d[\d,，]*(?:\.\d+)?\s*(?:万元|亿元|千元|元)")]
    private static partial System.Text.RegularExpressions.Regex Amount();

    /// <summary>The first heading of the tool's report.html, in both languages and as earlier versions wrote it.</summary>
    private static string[] OwnOutputTitles() =>
    [
        TextNormalizer.RemoveWhitespace(MessageCatalog.Default.Text("ui.title", Language.Zh)),
        TextNormalizer.RemoveWhitespace(MessageCatalog.Default.Text("ui.title", Language.En)),
        "Extractionreport绩效报告核查结果",
    ];

    private static (int Cjk, int Latin) Letters(IEnumerable<string> texts)
    {
        int cjk = 0, latin = 0;
        foreach (var text in texts)
        {
            foreach (var c in text)
            {
                if (c is >= '\u4e00' and <= '\u9fff')
                {
                    cjk++;
                }
                else if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z'))
                {
                    latin++;
                }
            }
        }

        return (cjk, latin);
    }
}
