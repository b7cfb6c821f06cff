using System.Diagnostics;
using System.Text;

namespace Extraction.Tests.Distributed;

/// <summary>The CLI (extract.dll beside the test binaries) as a separate process, so a test can kill it with
/// SIGKILL as a lost machine would die.</summary>
internal sealed class ExtractProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private ExtractProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_log)
            {
                _log.AppendLine(e.Data);
            }
        };
        _process.OutputDataReceived += (_, e) =>
        {
            lock (_log)
            {
                _log.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public int Id => _process.Id;

    /// <summary>The worker's name in the store (machine/pid).</summary>
    public string WorkerName => $"{Environment.MachineName}/{_process.Id}";

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static ExtractProcess Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "extract.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new ExtractProcess(Process.Start(start)!);
    }

    /// <summary>Runs to the end (at most <paramref name="limit"/>); the exit code.</summary>
    public static async Task<(int ExitCode, string Log)> RunAsync(IReadOnlyDictionary<string, string> environment, TimeSpan limit, params string[] arguments)
    {
        using var process = Start(environment, arguments);
        var code = await process.WaitAsync(limit);
        return (code, process.Log);
    }

    public async Task<int> WaitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"extract did not finish in {limit.TotalSeconds} s; its log:\n{Log}");
        }

        _process.WaitForExit(); // Flushes the redirected output.
        return _process.ExitCode;
    }

    /// <summary>SIGSTOP: the process holds still (it cannot commit or acknowledge) until <see cref="Kill"/>.</summary>
    public void Freeze() => Signal("STOP");

    public void Thaw() => Signal("CONT");

    /// <summary>SIGKILL to the worker and its tools (tesseract, pdftoppm), as a lost machine: no cleanup, no
    /// acknowledgement.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-" + name, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
