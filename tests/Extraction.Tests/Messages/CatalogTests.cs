using System.Text.RegularExpressions;
using Extraction.Messages;
using Extraction.Results;
using Extraction.Rules.Checks;
using Extraction.Tests.Corpus;
using Extraction.Tests.Rules;
using static Extraction.Tests.Rules.Narrative.NarrativeDocs;

namespace Extraction.Tests.Messages;

/// <summary>The message catalog: every id in both languages with the same placeholders; every id the code names
/// is in it; Chinese templates carry no English words; every finding the checks give on the seeds resolves
/// (no finished English text, no placeholder left) in both languages.</summary>
public sealed partial class CatalogTests
{
    private static readonly MessageCatalog Catalog = MessageCatalog.Default;

    /// <summary>Latin words a Chinese reviewer reads as such (abbreviations and product names).</summary>
    internal static readonly HashSet<string> AllowedLatin = new(StringComparer.Ordinal)
    {
        "OCR", "SHA", "PDF", "DOCX", "DOC", "XLS", "XML", "ZIP", "OLE", "PNG", "JPEG", "TIFF", "HTML", "Markdown", "CSV", "JSON", "XLSX",
        "Excel", "Word", "WPS", "SQLite", "PostgreSQL", "ID", "URL", "UTF", "GBK",
    };

    [Theory]
    [InlineData("zh.json")]
    [InlineData("en.json")]
    public void No_id_is_written_twice_in_a_catalog_file(string file)
    {
        // A JSON object keeps the last of two equal keys: a second template under an old id silently replaces the
        // first and every check that names it renders the wrong sentence.
        var bytes = File.ReadAllBytes(RepositoryPaths.Combine("src", "Extraction.Core", "Messages", file));
        var reader = new System.Text.Json.Utf8JsonReader(bytes);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var twice = new List<string>();
        while (reader.Read())
        {
            if (reader.TokenType == System.Text.Json.JsonTokenType.PropertyName && reader.CurrentDepth == 1 && !seen.Add(reader.GetString()!))
            {
                twice.Add(reader.GetString()!);
            }
        }

        Assert.NotEmpty(seen);
        Assert.Empty(twice);
    }

    [Fact]
    public void Every_id_has_zh_and_en_with_the_same_placeholders()
    {
        var zh = Catalog.Ids(Language.Zh).ToHashSet(StringComparer.Ordinal);
        var en = Catalog.Ids(Language.En).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(zh);
        Assert.Empty(zh.Except(en));
        Assert.Empty(en.Except(zh));
        foreach (var id in zh)
        {
            // A placeholder named *_en is technical English (a library's exception text, a PDF handler name): written
            // in the English record only, never inside a Chinese sentence.
            var a = MessageCatalog.Placeholders(Catalog.Template(id, Language.Zh)).Order(StringComparer.Ordinal).ToArray();
            var b = MessageCatalog.Placeholders(Catalog.Template(id, Language.En)).Where(p => !p.EndsWith("_en", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            Assert.DoesNotContain(a, p => p.EndsWith("_en", StringComparison.Ordinal));
            Assert.True(a.SequenceEqual(b), $"{id}: zh has {{{string.Join(",", a)}}}, en has {{{string.Join(",", b)}}}");
        }
    }

    [Fact]
    public void Chinese_templates_hold_no_English_words()
    {
        // Placeholders are filled from the document (numbers, labels); the template's own words must be Chinese.
        // Allowed: abbreviations a Chinese reviewer reads as such.
        var allowed = AllowedLatin;
        foreach (var id in Catalog.Ids(Language.Zh))
        {
            var text = Placeholder().Replace(Catalog.Template(id, Language.Zh), string.Empty);
            var words = Word().Matches(text).Select(m => m.Value).Where(w => !allowed.Contains(w)).ToArray();
            Assert.True(words.Length == 0, $"{id}: English in the Chinese template: {string.Join(", ", words)}");
        }
    }

    [Fact]
    public void Every_id_the_code_names_is_in_the_catalog()
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "extractors"), "*.cs", SearchOption.AllDirectories)))
        {
            foreach (Match m in CodeId().Matches(File.ReadAllText(file)))
            {
                ids.Add(m.Groups["id"].Value);
            }
        }

        Assert.True(ids.Count > 40, $"expected the checks' message ids, found {ids.Count}");
        var missing = ids.Where(id => !Catalog.Has(id, Language.Zh) || !Catalog.Has(id, Language.En)).ToArray();
        Assert.True(missing.Length == 0, "not in the catalog: " + string.Join(", ", missing));
    }

    [Fact]
    public void Readers_and_the_pipeline_record_problems_from_the_catalog()
    {
        // A problem or a read failure given as an English sentence would show untranslated inside a Chinese report:
        // each must carry a catalog message (Problem.Of, `Text = Msg…`, or a DocumentReadException built from a Msg).
        var raw = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "extractors"), "*.cs", SearchOption.AllDirectories))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var code = File.ReadAllText(file);
            foreach (Match m in RawProblem().Matches(code))
            {
                var statement = code[m.Index..(code.IndexOf(';', m.Index) is var end and >= 0 ? end : code.Length)];
                var fromCatalog = m.Value.StartsWith("new Problem", StringComparison.Ordinal) ? statement.Contains("Text =", StringComparison.Ordinal) : statement.Contains("Msg.", StringComparison.Ordinal);
                if (!fromCatalog)
                {
                    raw.Add($"{Path.GetRelativePath(RepositoryPaths.Root, file)}:{code[..m.Index].Count(c => c == '\n') + 1}");
                }
            }
        }

        Assert.True(raw.Count == 0, "problems without a catalog message (use Problem.Of(stage, Msg.Of(\"problem.…\", …)) and add the id to zh.json and en.json):\n" + string.Join("\n", raw));
    }

    [Fact]
    public void Every_content_type_has_a_term()
    {
        foreach (var type in Enum.GetValues<Extraction.Reading.SniffedType>())
        {
            var id = Extraction.Reading.FormatSniffer.TermId(type);
            Assert.True(Catalog.Has(id, Language.Zh) && Catalog.Has(id, Language.En), $"{type}: {id} is not in the catalog");
        }
    }

    [Fact]
    public void Every_scoring_shape_has_a_chinese_label()
    {
        foreach (var shape in new Extraction.Rules.Shapes.ShapeCatalog().Names)
        {
            Assert.True(Catalog.Has("rule.shape_" + shape, Language.Zh) && Catalog.Has("rule.shape_" + shape, Language.En), $"rule.shape_{shape} is not in the catalog");
        }
    }

    [Fact]
    public void A_reader_reason_nests_inside_the_problem_without_english_in_chinese()
    {
        var inner = Msg.Of("problem.docx_not_package", ("detail_en", "End of Central Directory record could not be found."));
        var m = Msg.Within("problem.unreadable", inner, ("file", "a.docx"));
        Assert.Equal("a.docx：无法读取：不是可以打开的Word文档（DOCX压缩包已损坏或不完整）", m.Zh());
        Assert.Equal("a.docx: expected a Word .docx package (a ZIP with word/document.xml), found a package that cannot be opened: End of Central Directory record could not be found.", m.En());
        Assert.Equal("处理环节“合计不符”出错（程序缺陷，请报告给维护者）",
            Msg.Of("problem.stage_failed", MsgArg.Term("stage", "check.sum_mismatch"), ("detail_en", "NullReferenceException: boom")).Zh());
        var raw = Msg.Within("problem.unreadable", Msg.Raw("odd failure"), ("file", "b.pdf"));
        Assert.Equal("b.pdf：无法读取：文件内容无法解析", raw.Zh());
        Assert.Equal("b.pdf: odd failure", raw.En());
    }

    [Theory]
    [InlineData("seed000")]
    [InlineData("seed001")]
    [InlineData("seed002")]
    [InlineData("seed003")]
    public void Every_finding_on_a_seed_resolves_in_both_languages(string seed)
    {
        var (_, findings) = SeedRun.Of(seed);
        foreach (var f in findings)
        {
            AssertResolves(f);
        }
    }

    [Fact]
    public void Findings_of_every_check_resolve_on_sample_text()
    {
        string[] texts =
        [
            "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长3.40%。",
            "上年支出18.40万元，本年支出52.30万元，比上年增长206.52%。",
            "一季度、二季度、三季度、四季度预算执行率分别为36.10%、49.86%、74.22%、91.01%，全年平均执行率为97.5%。",
            "项目2021- 2024年共下达预算资金14534.70万元，实际执行12634.70万元，执行率 93.35%。",
            "资金总额100万元，其中：人员经费30万元，公用经费20万元。",
            "预算执行率=183,333.33÷183,421.03×100%=98.95%。",
        ];
        var findings = texts.SelectMany(t => CheckCatalog.All().SelectMany(c => Alarms(c, t))).ToArray();
        Assert.True(findings.Length >= 4, $"expected findings on the sample text, found {findings.Length}");
        foreach (var f in findings)
        {
            AssertResolves(f);
        }
    }

    [Fact]
    public void A_relation_shows_the_computed_side_and_the_document_side()
    {
        var f = Assert.Single(Alarms(new ChangeRateCheck(), "上年支出18.40万元，本年支出52.30万元，比上年增长206.52%。"));
        Assert.Equal("（52.30万元−18.40万元）÷18.40万元×100% = 184.24%，文中为206.52%", f.Relation.Zh());
        Assert.Equal("（52.30万元−18.40万元）÷18.40万元×100% = 184.24%; the document states 206.52%", f.Relation.En());
        Assert.Equal("文中增减幅度为206.52%，但按金额计算为184.24%", f.Message.Zh());
        Assert.Equal("stated change rate 206.52% but the amounts give 184.24%", f.Message.En());
    }

    [Fact]
    public void Terms_and_literal_at_signs_render()
    {
        var m = Msg.Of("finding.score_tables", ("indicator", "@x"), MsgArg.Term("what", "term.weight"), ("a", "5"), ("b", "6"), ("other", "y"));
        Assert.Equal("@x：一张评分表的分值为5，另一张为6（同一指标：y）", m.Zh());
        Assert.Equal("@x: one score table prints the weight 5, another prints 6 for the same indicator (y)", m.En());
        Assert.Equal("{indicator}", Msg.Of("finding.score_negative", ("score", "1")).Zh()[..11]);
    }

    [Fact]
    public void Rule_engine_conventions_are_glossed_in_chinese_and_kept_in_english()
    {
        var m = Msg.Of("convention.rule", MsgArg.Glossed("text", "quarters capped at 1; average = mean of quarters"));
        Assert.Equal("各季度比率封顶为1；平均 = 各季度平均", m.Zh());
        Assert.Equal("quarters capped at 1; average = mean of quarters", m.En());
    }

    private static void AssertResolves(Finding f)
    {
        foreach (var (what, m) in new[] { ("message", (Msg?)f.Message), ("relation", f.Relation), ("convention", f.Convention) })
        {
            if (m is null)
            {
                continue;
            }

            Assert.False(m.IsRaw, $"{f.Check}: the {what} is finished text, not a catalog message: {m.En()}");
            Assert.True(Catalog.Has(m.Id, Language.Zh) && Catalog.Has(m.Id, Language.En), $"{f.Check}: {m.Id} is not in the catalog");
            foreach (var language in new[] { Language.Zh, Language.En })
            {
                var text = m.Render(language);
                Assert.False(Unfilled().IsMatch(text), $"{f.Check}: placeholder left in {language} {what}: {text}");
            }

            var template = Placeholder().Replace(Catalog.Template(m.Id, Language.Zh), string.Empty);
            Assert.False(Word().IsMatch(template.Replace("OCR", string.Empty, StringComparison.Ordinal)), $"{f.Check}: English in the Chinese {what}: {m.Zh()}");
        }
    }

    [GeneratedRegex(@"\{[a-z_0-9]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"new (Problem|DocumentReadException)\(")]
    private static partial Regex RawProblem();

    [GeneratedRegex(@"\{[a-z_0-9]+\}")]
    private static partial Regex Unfilled();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex Word();

    [GeneratedRegex(@"""(?<id>(?:finding|relation|convention|note|what|term|formula|problem|cli)\.[a-z_0-9]+)""")]
    private static partial Regex CodeId();
}
