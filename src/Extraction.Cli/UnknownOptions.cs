using System.CommandLine;

namespace Extraction.Cli;

/// <summary>Tokens that look like options but are none of the chosen command's, for every command: a path
/// argument would otherwise swallow "--frobnicate" as a file name. A lone "-" and everything after "--" are values.</summary>
internal static class UnknownOptions
{
    public static IEnumerable<string> Find(ParseResult parse, IReadOnlyList<string> args)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        for (var command = parse.CommandResult.Command; ; )
        {
            foreach (var option in command.Options)
            {
                known.Add(option.Name);
                known.UnionWith(option.Aliases);
            }

            if (command.Parents.OfType<Command>().FirstOrDefault() is { } parent)
            {
                command = parent;
            }
            else
            {
                break;
            }
        }

        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (token == "--")
            {
                yield break;
            }

            if (token.Length < 2 || token[0] != '-' || IsNumber(token))
            {
                continue;
            }

            var name = token.Split('=', 2)[0];
            if (!known.Contains(name))
            {
                yield return $"unknown option {name} (for a file whose name starts with '-', write ./{token} or put it after --)";
            }
            else if (!token.Contains('=') && i + 1 < args.Count && TakesValue(parse, name))
            {
                i++; // the option's value, whatever it looks like
            }
        }
    }

    private static bool TakesValue(ParseResult parse, string name) =>
        parse.CommandResult.Command.Options.Concat(parse.RootCommandResult.Command.Options)
            .FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name)) is { } option
        && option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool);

    private static bool IsNumber(string token) => decimal.TryParse(token, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
