using System.Text.Json;
using System.Text.RegularExpressions;

namespace Extraction.Workspace.Tests;

/// <summary>The workspace's own catalog (Assets/text_zh.json, text_en.json): the same keys in both languages with
/// the same {0} placeholders; every key the page script and the server name is there; the Chinese strings carry no
/// English words beyond the abbreviations a Chinese reviewer reads as such.</summary>
public sealed partial class UiTextCatalogTests
{
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "PDF", "Word", "DOCX", "HTML", "Markdown", "Excel", "PNG", "JPEG", "TIFF", "ZIP", "MiB", "SHA", "UTC", "OCR",
    };

    [Fact]
    public void Both_languages_have_the_same_keys_and_placeholders()
    {
        var zh = Load("zh");
        var en = Load("en");
        // English shows the check ids themselves (UiText.For drops the Chinese check labels), so en has no check.* keys.
        Assert.Empty(zh.Keys.Where(k => !k.StartsWith("check.", StringComparison.Ordinal)).Except(en.Keys));
        Assert.Empty(en.Keys.Except(zh.Keys));
        foreach (var (key, value) in zh.Where(p => en.ContainsKey(p.Key)))
        {
            Assert.True(Slots(value).SequenceEqual(Slots(en[key])), $"{key}: zh has {string.Join(",", Slots(value))}, en has {string.Join(",", Slots(en[key]))}");
        }
    }

    [Fact]
    public void Every_key_the_page_and_the_server_name_is_in_the_catalog()
    {
        var zh = Load("zh");
        var named = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match m in ScriptKey().Matches(File.ReadAllText(Repo.File("src", "Extraction.Workspace", "Assets", "app.js"))))
        {
            named.Add(m.Groups["key"].Value);
        }

        foreach (var file in Directory.EnumerateFiles(Repo.File("src", "Extraction.Workspace"), "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match m in ServerKey().Matches(File.ReadAllText(file)))
            {
                named.Add(m.Groups["key"].Value);
            }
        }

        Assert.True(named.Count > 60, $"expected the page's keys, found {named.Count}");
        var missing = named.Where(k => !zh.ContainsKey(k)).ToArray();
        Assert.True(missing.Length == 0, "not in text_zh.json: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_check_has_a_chinese_label()
    {
        var zh = Load("zh");
        var missing = Rules.Checks.CheckCatalog.All().Select(c => c.Name).Distinct().Where(n => !zh.ContainsKey("check." + n)).ToArray();
        Assert.True(missing.Length == 0, "checks without a label in text_zh.json: " + string.Join(", ", missing));
    }

    [Fact]
    public void Chinese_strings_hold_no_english_words()
    {
        foreach (var (key, value) in Load("zh").Where(p => p.Key != "time.locale"))
        {
            var words = Word().Matches(value).Select(m => m.Value).Where(w => !Allowed.Contains(w)).ToArray();
            Assert.True(words.Length == 0, $"{key}: English in the Chinese text: {string.Join(", ", words)}");
        }
    }

    private static Dictionary<string, string> Load(string language) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Repo.File("src", "Extraction.Workspace", "Assets", $"text_{language}.json")))!;

    private static string[] Slots(string text) => [.. Slot().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\bt\('(?<key>[a-z_]+\.[a-z_.\-]+)'")]
    private static partial Regex ScriptKey();

    [GeneratedRegex(@"text(?:\.Format\(|\[)""(?<key>[a-z_]+\.[a-z_.\-]+)""")]
    private static partial Regex ServerKey();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Slot();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex Word();
}
