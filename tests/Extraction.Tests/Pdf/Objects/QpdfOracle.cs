using System.Diagnostics;
using System.Text.Json;

namespace Extraction.Tests.Pdf.Objects;

/// <summary>Runs qpdf (installed here and in CI) as the reference implementation.</summary>
internal static class QpdfOracle
{
    public static (int ExitCode, byte[] Stdout, string Stderr) Run(params string[] args)
    {
        var info = new ProcessStartInfo("qpdf")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("qpdf did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        using var stdout = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(stdout);
        process.WaitForExit();
        return (process.ExitCode, stdout.ToArray(), stderr.Result);
    }

    public static int PageCount(string path)
    {
        var (_, output, _) = Run("--show-npages", path);
        return int.Parse(System.Text.Encoding.ASCII.GetString(output).Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Each page's /Contents object numbers, in order.</summary>
    public static List<int[]> PageContents(string path, string? password = null)
    {
        var (_, output, _) = Run("--json=2", "--json-key=pages", $"--password={password}", path);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("pages").EnumerateArray()
            .Select(p => p.GetProperty("contents").EnumerateArray().Select(c => ObjectNumber(c.GetString()!)).ToArray())
            .ToList();
    }

    /// <summary>Fully decoded data of the given stream objects (qpdf --decode-level=generalized).</summary>
    public static Dictionary<int, byte[]> StreamData(string path, IEnumerable<int> objects, string? password = null)
    {
        var args = new List<string> { "--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", $"--password={password}" };
        var numbers = objects.Distinct().ToArray();
        if (numbers.Length == 0)
        {
            return [];
        }

        args.AddRange(numbers.Select(n => $"--json-object={n}"));
        args.Add(path);
        var (_, output, _) = Run([.. args]);
        using var json = JsonDocument.Parse(output);
        var result = new Dictionary<int, byte[]>();
        foreach (var property in json.RootElement.GetProperty("qpdf")[1].EnumerateObject())
        {
            if (property.Value.TryGetProperty("stream", out var stream) && stream.TryGetProperty("data", out var data))
            {
                result[ObjectNumber(property.Name["obj:".Length..])] = Convert.FromBase64String(data.GetString()!);
            }
        }

        return result;
    }

    private static int ObjectNumber(string reference) =>
        int.Parse(reference.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
