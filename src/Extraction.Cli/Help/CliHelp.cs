using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Text.Json;

namespace Extraction.Cli.Help;

/// <summary>The command line speaks Chinese by default: command, argument and option descriptions come from the
/// embedded Help/help_zh.json (keyed "check", "check &lt;path&gt;", "check --out"; "" for the root), and System.CommandLine's
/// own words (usage headings, parse errors, --help) from its zh-Hans resources. `--lang en` anywhere on the line, or
/// EXTRACTION_LANG=en, keeps the English written beside each option in the code.</summary>
internal static partial class CliHelp
{
    public static bool English(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if ((args[i] == "--lang" && i + 1 < args.Count && args[i + 1].StartsWith("en", StringComparison.OrdinalIgnoreCase))
                || args[i].StartsWith("--lang=en", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return Environment.GetEnvironmentVariable("EXTRACTION_LANG") is { } env && env.StartsWith("en", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Sets the UI culture (System.CommandLine's headings and errors) and, for Chinese, the descriptions.</summary>
    public static void Apply(RootCommand root, bool english)
    {
        var culture = CultureInfo.GetCultureInfo(english ? "en" : "zh-Hans");
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        if (!english)
        {
            Describe(root, string.Empty, Load());
            ChineseHelpPage(root);
        }
    }

    // System.CommandLine's zh-Hans resources leave its help and version options in English (and its "Description:" and
    // "[default: …]" words, which 2.0.0 gives no public way to change).
    private static void ChineseHelpPage(RootCommand root)
    {
        foreach (var option in Commands(root).SelectMany(c => c.Options))
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = "显示帮助和用法";
                    break;
                case VersionOption version:
                    version.Description = "显示版本信息";
                    break;
            }
        }
    }

    private static IEnumerable<Command> Commands(Command command) => [command, .. command.Subcommands.SelectMany(Commands)];

    /// <summary>The help page with the words System.CommandLine 2.0.0 leaves in English ("Description:",
    /// "[default: x]") in Chinese; it offers no public hook to lay the page out otherwise.</summary>
    public static string Chinese(string page) =>
        DefaultValue().Replace(page.Replace("Description:", "说明：", StringComparison.Ordinal), "［默认：${value}］");

    [System.Text.RegularExpressions.GeneratedRegex(@"\[default: (?<value>[^\]]*)\]")]
    private static partial System.Text.RegularExpressions.Regex DefaultValue();

    public static string SeeHelp(bool english) => english ? "See ./extract --help." : "参见 ./extract --help。";

    private static void Describe(Command command, string key, IReadOnlyDictionary<string, string> zh)
    {
        if (zh.TryGetValue(key, out var text))
        {
            command.Description = text;
        }

        foreach (var argument in command.Arguments)
        {
            if (zh.TryGetValue($"{key} <{argument.Name}>", out var a))
            {
                argument.Description = a;
            }
        }

        foreach (var option in command.Options)
        {
            if (zh.TryGetValue($"{key} {option.Name}", out var o))
            {
                option.Description = o;
            }
        }

        foreach (var sub in command.Subcommands)
        {
            Describe(sub, key.Length == 0 ? sub.Name : $"{key} {sub.Name}", zh);
        }
    }

    private static Dictionary<string, string> Load()
    {
        using var stream = typeof(CliHelp).Assembly.GetManifestResourceStream("Extraction.Cli.Help.help_zh.json")
            ?? throw new InvalidOperationException("expected the embedded Help/help_zh.json, found none");
        // Source-generated: every call in Chinese reads this file, and reflection over the type costs start-up JIT.
        return JsonSerializer.Deserialize(stream, HelpJson.Default.DictionaryStringString)
            ?? throw new InvalidOperationException("Help/help_zh.json: expected an object of strings");
    }
}
