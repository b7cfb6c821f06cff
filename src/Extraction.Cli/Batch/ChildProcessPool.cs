using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Extraction.Cli.Batch;

/// <summary>Runs documents in child processes of the tool itself, so that a document over its time limit is
/// stopped for real (the child and its tools are killed, no abandoned parse keeps the CPU) and a document that
/// exhausts memory takes down only its child (each child's GC heap has a hard limit). Children are reused from
/// document to document; a killed or crashed child is replaced by a fresh one for the next document.</summary>
internal sealed class ChildProcessPool : IDisposable
{
    /// <summary>Set in a child's environment: the command line then serves documents on stdin/stdout.</summary>
    public const string ChildVariable = "EXTRACTION_BATCH_CHILD";

    /// <summary>The first line a child writes once it can take documents.</summary>
    public const string ReadyLine = "ready";

    private readonly ConcurrentBag<Child> _idle = [];
    private readonly ConcurrentDictionary<Child, byte> _all = new();
    private readonly long _heapLimitBytes;

    public ChildProcessPool(int jobs, long? heapLimitBytes = null)
    {
        // Peak memory stays under ~2 GB at --jobs 2: the children share 1.5 GB of GC heap, each 384 MB to 1 GB.
        _heapLimitBytes = heapLimitBytes ?? Math.Clamp(1536L * 1024 * 1024 / Math.Max(1, jobs), 384L * 1024 * 1024, 1024L * 1024 * 1024);
    }

    public static bool IsChild => Environment.GetEnvironmentVariable(ChildVariable) == "1";

    public long HeapLimitBytes => _heapLimitBytes;

    /// <summary>The document's report JSON from a child; null when <paramref name="timeout"/> passed first (the
    /// child is then killed). A child that dies (out of memory, a crash in native code) gives a failed reason.</summary>
    public async Task<ChildReply> RunAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var child = _idle.TryTake(out var idle) && !idle.HasExited ? idle : Start();
        try
        {
            // A new child's start-up is not the document's time: the clock starts once the child is ready.
            await child.ReadyAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or TimeoutException)
        {
            var reason = child.Describe();
            Retire(child);
            return new ChildReply(null, TimedOut: false, $"the reader process did not start: {ex.Message}; {reason}");
        }

        var reply = child.SendAsync(path);
        var finished = await Task.WhenAny(reply, Task.Delay(timeout, cancellationToken)).ConfigureAwait(false);
        if (finished != reply)
        {
            Retire(child);
            _ = reply.ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
            cancellationToken.ThrowIfCancellationRequested();
            return new ChildReply(null, TimedOut: true, null);
        }

        try
        {
            var json = await reply.ConfigureAwait(false);
            _idle.Add(child);
            return new ChildReply(json, TimedOut: false, null);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ObjectDisposedException)
        {
            var reason = child.Describe();
            Retire(child);
            return new ChildReply(null, TimedOut: false, reason);
        }
    }

    public void Dispose()
    {
        foreach (var child in _all.Keys)
        {
            child.Dispose();
        }
    }

    private Child Start()
    {
        var child = Child.Start(_heapLimitBytes);
        _all[child] = 0;
        return child;
    }

    private void Retire(Child child)
    {
        _all.TryRemove(child, out _);
        child.Dispose();
    }

    /// <summary>One child: the same command line as this process, with <see cref="ChildVariable"/> set.</summary>
    private sealed class Child : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _stderr = new();
        private readonly long _heapLimit;

        private Child(Process process, long heapLimit)
        {
            _process = process;
            _heapLimit = heapLimit;
            _process.ErrorDataReceived += (_, e) =>
            {
                lock (_stderr)
                {
                    if (e.Data is not null && _stderr.Length < 4096)
                    {
                        _stderr.AppendLine(e.Data);
                    }
                }
            };
            _process.BeginErrorReadLine();
        }

        private bool _ready;

        public bool HasExited => _process.HasExited;

        /// <summary>Waits for the child's "ready" line (once).</summary>
        public async Task ReadyAsync(CancellationToken cancellationToken)
        {
            if (_ready)
            {
                return;
            }

            var line = await ReadLineAsync(_process.StandardOutput.BaseStream).WaitAsync(TimeSpan.FromMinutes(2), cancellationToken).ConfigureAwait(false);
            if (line != ReadyLine)
            {
                throw new InvalidDataException($"expected \"{ReadyLine}\" from the reader process, found \"{line}\"");
            }

            _ready = true;
        }

        public static Child Start(long heapLimit)
        {
            var args = Environment.GetCommandLineArgs();
            var executable = Environment.ProcessPath ?? "dotnet";
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardInputEncoding = new UTF8Encoding(false),
            };

            // Under `dotnet extract.dll`, args[0] is the dll; under the apphost it is the program itself.
            if (Path.GetFileNameWithoutExtension(executable).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                start.ArgumentList.Add(args[0]);
            }

            foreach (var arg in args.Skip(1))
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment[ChildVariable] = "1";
            start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + heapLimit.ToString("X", CultureInfo.InvariantCulture);
            return new Child(Process.Start(start) ?? throw new IOException($"could not start {executable}"), heapLimit);
        }

        public async Task<string> SendAsync(string path)
        {
            await _process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(path)).ConfigureAwait(false);
            await _process.StandardInput.FlushAsync().ConfigureAwait(false);
            var stream = _process.StandardOutput.BaseStream;
            var header = await ReadLineAsync(stream).ConfigureAwait(false);
            if (!int.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length < 0)
            {
                throw new InvalidDataException($"expected a reply length from the child, found \"{header}\"");
            }

            var buffer = new byte[length];
            await stream.ReadExactlyAsync(buffer).ConfigureAwait(false);
            return Encoding.UTF8.GetString(buffer);
        }

        /// <summary>Why the child ended, for the document's problem record.</summary>
        public string Describe()
        {
            string exit;
            try
            {
                exit = _process.WaitForExit(TimeSpan.FromSeconds(2)) ? $"exit code {_process.ExitCode}" : "still running";
            }
            catch (InvalidOperationException)
            {
                exit = "exit unknown";
            }

            string tail;
            lock (_stderr)
            {
                tail = _stderr.ToString();
            }

            var outOfMemory = tail.Contains("OutOfMemory", StringComparison.Ordinal) || tail.Contains("out of memory", StringComparison.OrdinalIgnoreCase);
            var line = tail.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
            return outOfMemory
                ? $"the reader ran out of memory (limit {_heapLimit / (1024 * 1024)} MB per document) and was stopped ({exit})"
                : $"the reader process ended unexpectedly ({exit}){(line.Length > 0 ? ": " + (line.Length > 200 ? line[..200] : line) : string.Empty)}";
        }

        public void Dispose()
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill(entireProcessTree: true);
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
            {
            }

            _process.Dispose();
        }

        private static async Task<string> ReadLineAsync(Stream stream)
        {
            var bytes = new List<byte>(16);
            var one = new byte[1];
            while (true)
            {
                if (await stream.ReadAsync(one).ConfigureAwait(false) == 0)
                {
                    throw new IOException("the child closed its output");
                }

                if (one[0] == (byte)'\n')
                {
                    return Encoding.ASCII.GetString(bytes.ToArray());
                }

                if (bytes.Count > 32)
                {
                    throw new InvalidDataException("expected a reply length from the child, found a long line");
                }

                bytes.Add(one[0]);
            }
        }
    }
}
