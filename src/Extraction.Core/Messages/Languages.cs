namespace Extraction.Messages;

/// <summary>Parses and names <see cref="Language"/> values as the command line spells them (zh, en).</summary>
public static class Languages
{
    public const string Names = "zh|en";

    public static bool TryParse(string? text, out Language language)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "zh" or "zh-cn" or "zh-hans" or "cn":
                language = Language.Zh;
                return true;
            case "en" or "en-us" or "en-gb":
                language = Language.En;
                return true;
            default:
                language = Language.Zh;
                return false;
        }
    }

    public static string Code(this Language language) => language == Language.En ? "en" : "zh";
}
