using System.Security.Cryptography;
using System.Text;

namespace Extraction.Generator.Rendering;

/// <summary>Renders a generated set by one route into <c>ROOT/ROUTE/ID.EXT</c>, reusing a rendering whose key (the truth's
/// hash and the renderer version) is unchanged, so reruns only pay for the pipeline. A route whose tool is missing is
/// skipped with a message; a document that fails to render gets no file (and a message), the others still do.</summary>
public sealed class RouteRenderer
{
    /// <summary>Bump when a renderer changes its output for the same truth.</summary>
    public const string Version = "3";

    /// <summary>Bump when render.py's reportlab layout changes (rl-* and scan-* routes only).</summary>
    public const string ReportlabVersion = "2";

    /// <summary>Bump when HtmlWriter's tables change (html, html-borderless, md and the Chromium prints of the HTML).</summary>
    public const string HtmlVersion = "2";

    /// <summary>Bump when the rl-rotated page set-up changes (2: the landscape MediaBox is stored as such; before, it came
    /// out portrait and clipped the bottom of the turned content).</summary>
    public const string RotatedVersion = "2";

    private readonly string _root;
    private readonly TextWriter _log;

    public RouteRenderer(string root, TextWriter log)
    {
        _root = root;
        _log = log;
    }

    public string TruthPath(GeneratedDocument doc) => Path.Combine(_root, "truth", doc.Id + ".json");

    /// <summary>Writes every truth file (cheap, always current).</summary>
    public void WriteTruth(IReadOnlyList<GeneratedDocument> docs)
    {
        Directory.CreateDirectory(Path.Combine(_root, "truth"));
        foreach (var doc in docs)
        {
            var path = TruthPath(doc);
            if (!File.Exists(path) || File.ReadAllText(path) != doc.Truth)
            {
                File.WriteAllText(path, doc.Truth, new UTF8Encoding(false));
            }
        }
    }

    /// <summary>The rendered file per document id (null when it could not be rendered); empty when the tool is missing.</summary>
    public IReadOnlyDictionary<string, string?> Render(Route route, IReadOnlyList<GeneratedDocument> docs)
    {
        if (!Tools.Has(route.Tool) || (route.From is { } from && !Tools.Has(Route.Named(from)!.Tool)))
        {
            _log.WriteLine($"route {route.Name}: skipped, {route.Tool} is not installed here");
            return new Dictionary<string, string?>();
        }

        var sources = route.From is { } f ? Render(Route.Named(f)!, docs) : null;
        var dir = Path.Combine(_root, route.Name);
        Directory.CreateDirectory(dir);
        var todo = docs.Where(d => !Current(route, d)).ToList();
        if (todo.Count > 0)
        {
            Produce(route, todo, dir, sources);
            foreach (var d in todo.Where(d => File.Exists(OutputPath(route, d))))
            {
                File.WriteAllText(KeyPath(route, d), Key(route, d));
            }
        }

        return docs.ToDictionary(d => d.Id, d => File.Exists(OutputPath(route, d)) && Current(route, d) ? OutputPath(route, d) : null);
    }

    private void Produce(Route route, IReadOnlyList<GeneratedDocument> docs, string dir, IReadOnlyDictionary<string, string?>? sources)
    {
        switch (route.Name)
        {
            case "html":
            case "html-borderless":
                foreach (var d in docs)
                {
                    File.WriteAllText(OutputPath(route, d), HtmlWriter.Write(d.Document, borders: route.Name == "html"), new UTF8Encoding(false));
                }

                break;
            case "md":
                foreach (var d in docs)
                {
                    File.WriteAllText(OutputPath(route, d), MarkdownWriter.Write(d.Document), new UTF8Encoding(false));
                }

                break;
            case "pandoc-html":
                foreach (var d in docs.Where(d => sources!.GetValueOrDefault(d.Id) is not null))
                {
                    Report(route, d, Tools.Run("pandoc", ["-f", "docx", "-t", "html", "-s", "--metadata", "title=" + d.Document.Title, "-o", OutputPath(route, d), sources![d.Id]!], TimeSpan.FromSeconds(120)));
                }

                break;
            case "docx-pdf":
                Soffice(route, docs.Where(d => sources!.GetValueOrDefault(d.Id) is not null).ToList(), dir, sources!);
                break;
            case "html-pdf":
            case "html-borderless-pdf":
                foreach (var d in docs.Where(d => sources!.GetValueOrDefault(d.Id) is not null))
                {
                    Chromium(route, d, sources![d.Id]!);
                }

                break;
            default:
                var script = Script();
                foreach (var chunk in docs.Chunk(25))
                {
                    var (code, output) = Tools.Run(Tools.Python, [script, route.Name, dir, .. chunk.Select(TruthPath)], TimeSpan.FromSeconds(120 + (chunk.Length * 60)));
                    if (code != 0)
                    {
                        _log.WriteLine($"route {route.Name}: render.py exited {code}: {output.Trim()}");
                    }
                }

                break;
        }
    }

    private void Soffice(Route route, IReadOnlyList<GeneratedDocument> docs, string dir, IReadOnlyDictionary<string, string?> sources)
    {
        var profile = Directory.CreateTempSubdirectory("generated-soffice-").FullName;
        try
        {
            foreach (var chunk in docs.Chunk(30))
            {
                var (code, output) = Tools.Run("soffice", ["-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir,
                    .. chunk.Select(d => sources[d.Id]!)], TimeSpan.FromSeconds(120 + (chunk.Length * 30)));
                if (code != 0)
                {
                    _log.WriteLine($"route {route.Name}: soffice exited {code}: {output.Trim()}");
                }
            }
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private void Chromium(Route route, GeneratedDocument d, string source)
    {
        var profile = Directory.CreateTempSubdirectory("generated-chromium-").FullName;
        try
        {
            Report(route, d, Tools.Run(Tools.Chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + OutputPath(route, d), new Uri(source).AbsoluteUri,
            ], TimeSpan.FromSeconds(120)));
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private void Report(Route route, GeneratedDocument d, (int ExitCode, string Output) run)
    {
        if (run.ExitCode != 0 || !File.Exists(OutputPath(route, d)))
        {
            _log.WriteLine($"route {route.Name}: {d.Id} not rendered ({run.ExitCode}): {run.Output.Trim()}");
        }
    }

    /// <summary>The Python renderer, written from this assembly's resources beside the renderings.</summary>
    private string Script()
    {
        using var stream = typeof(RouteRenderer).Assembly.GetManifestResourceStream("render.py")
            ?? throw new InvalidOperationException("expected render.py embedded in Extraction.Generator, found none");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd();
        var path = Path.Combine(_root, "render.py");
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            File.WriteAllText(path, text, new UTF8Encoding(false));
        }

        return path;
    }

    private string OutputPath(Route route, GeneratedDocument d) => Path.Combine(_root, route.Name, d.Id + route.Extension);

    private string KeyPath(Route route, GeneratedDocument d) => Path.Combine(_root, route.Name, d.Id + ".key");

    private bool Current(Route route, GeneratedDocument d) =>
        File.Exists(OutputPath(route, d)) && File.Exists(KeyPath(route, d)) && File.ReadAllText(KeyPath(route, d)) == Key(route, d);

    private static string Key(Route route, GeneratedDocument d) =>
        Version + ":" + route.Name + (route.Name.StartsWith("rl-", StringComparison.Ordinal) || route.Name.StartsWith("scan-", StringComparison.Ordinal) ? ":rl" + ReportlabVersion : "")
        + (route.Name.StartsWith("html", StringComparison.Ordinal) || route.Name == "md" ? ":h" + HtmlVersion : "")
        + (route.Name == "rl-rotated" ? ":r" + RotatedVersion : "")
        + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(d.Truth)))[..32];
}
