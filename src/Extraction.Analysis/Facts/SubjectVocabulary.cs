namespace Extraction.Analysis.Facts;

/// <summary>The 商品和服务支出 subjects of the government's expenditure economic classification (部门支出经济分类,
/// 302xx), each with the words its official description uses for what it covers: a report names one expense by the
/// subject in one place and by what it pays for in another ("邮电费" / "通讯邮寄费用", "物业管理费" / "物业服务费"). A
/// measure's core folds every such word to its subject's name, so two wordings of one subject share a core. Subjects
/// whose words are already the subject's own name and head (会议, 培训, 咨询 …) need no entry: their wordings already
/// share that core.</summary>
internal static class SubjectVocabulary
{
    /// <summary>Subject name (long enough to stay a core once the generic words go: 税金 alone would be 税) and the words that mean it; the longest word wins where two overlap
    /// ("公务用车运行维护" is the vehicle subject, not 维修（护）费).</summary>
    public static readonly (string Subject, string[] Words)[] Subjects =
    [
        // 30201 办公费: 日常办公用品、书报杂志.
        ("办公", ["办公用品", "书报杂志", "日常办公"]),
        // 30202 印刷费: 印刷费、复印费.
        ("印刷", ["印刷", "复印", "印制"]),
        // 30207 邮电费: 信函、包裹、货物等物品的邮寄费及电话费、电报费、传真费、网络通讯费.
        ("邮电", ["邮电", "邮寄", "邮政", "邮递", "快递", "信函", "包裹", "电话", "电报", "传真", "通讯", "通信"]),
        // 30208 取暖费: 取暖用燃料费、热力费 ….
        ("取暖", ["取暖", "采暖", "供暖", "供热", "热力"]),
        // 30209 物业管理费: 办公用房等的物业管理费（综合治理、绿化、卫生 …）.
        ("物业", ["物业管理", "物业服务", "物业"]),
        // 30211 差旅费.
        ("差旅", ["差旅", "因公出差", "公务出差", "出差"]),
        // 30212 因公出国（境）费用.
        ("出国境", ["因公出国境", "因公出国", "出国境", "出国", "出境"]),
        // 30213 维修（护）费: 固定资产（车船除外）的修理和维护、网络信息系统运行与维护.
        ("维修", ["维修", "维护", "修理", "修缮"]),
        // 30214 租赁费: 租赁办公用房、宿舍、专用通讯网、设备 ….
        ("租赁", ["租赁", "租金", "租用"]),
        // 30217 公务接待费.
        ("接待", ["公务接待", "接待", "招待"]),
        // 30224 被装购置费.
        ("被装", ["被装", "服装"]),
        // 30225 专用燃料费.
        ("燃料", ["燃料", "燃油"]),
        // 30227 委托业务费.
        ("委托业务", ["委托业务", "委托"]),
        // 30231 公务用车运行维护费: 公务用车的燃料、维修、过桥过路、保险 ….
        ("公车", ["公务用车运行维护", "公务用车运行", "公务用车", "公务车", "公车运行维护", "公车运行", "公车运维", "公车", "车辆运行维护", "车辆运行"]),
        // 30240 税金及附加费用.
        ("税金及附加", ["税金及附加", "税金", "税费"]),
    ];

    private static readonly (string Word, string Subject)[] Words =
        [.. Subjects.SelectMany(s => s.Words.Select(w => (w, s.Subject))).OrderByDescending(w => w.w.Length)];

    /// <summary>The text with every subject word replaced by its subject's name, longest word first, and a name said
    /// twice in a row said once ("通讯邮寄" → 邮电).</summary>
    public static string Fold(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        string? last = null;
        var i = 0;
        while (i < text.Length)
        {
            var hit = Array.FindIndex(Words, w => string.CompareOrdinal(text, i, w.Word, 0, w.Word.Length) == 0);
            if (hit < 0)
            {
                sb.Append(text[i]);
                last = null;
                i++;
                continue;
            }

            var (word, subject) = Words[hit];
            if (subject != last)
            {
                sb.Append(subject);
            }

            last = subject;
            i += word.Length;
        }

        return sb.ToString();
    }
}
