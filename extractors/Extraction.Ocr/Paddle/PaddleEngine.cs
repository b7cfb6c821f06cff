using Extraction.Ocr.Imaging;
using Microsoft.ML.OnnxRuntime;

namespace Extraction.Ocr.Paddle;

/// <summary>PP-OCRv4 detection and recognition through ONNX Runtime. One engine per process (the
/// sessions load once and are shared by every page and document); runs are thread-safe. Detection, the
/// memory-hungry step, is gated so that at most <see cref="DetectionSlots"/> pages are detected at once,
/// and its input is capped at <see cref="MaxDetectionSide"/> pixels on the long side.</summary>
internal sealed class PaddleEngine : IDisposable
{
    /// <summary>Long side of the detection input. The probe kept accuracy at ~1.7 GB peak with 1920
    /// (uncapped: 4.2 GB; 960: digits 1–2 points worse).</summary>
    public const int MaxDetectionSide = 1920;

    public const int RecognitionHeight = 48;

    /// <summary>Widest line image fed to the recogniser (48 × 50: longer lines are squeezed).</summary>
    private const int MaxRecognitionWidth = 2400;

    private const int RecognitionBatch = 8;

    private static readonly float[] DetMean = [0.485f, 0.456f, 0.406f];
    private static readonly float[] DetStd = [0.229f, 0.224f, 0.225f];

    private static readonly Lock SharedGate = new();
    private static readonly Dictionary<string, (PaddleEngine? Engine, string? Failure)> SharedByFolder = new(StringComparer.Ordinal);

    private readonly InferenceSession _detection;
    private readonly InferenceSession _recognition;
    private readonly string[] _dictionary;
    private readonly int _pointClass;
    private readonly int _commaClass;
    private readonly SemaphoreSlim _detectionGate;
    private readonly string _detInput;
    private readonly string _recInput;

    private PaddleEngine(PaddleModelFiles files, int detectionSlots, int threadsPerRun)
    {
        using var options = new SessionOptions
        {
            IntraOpNumThreads = threadsPerRun,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            // Inputs change size with every page and line: planned memory patterns and an arena that
            // keeps its high-water mark would only hold memory.
            EnableMemoryPattern = false,
            EnableCpuMemArena = true,
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        };
        // Idle pool threads sleep instead of spinning: several runs share the cores, and a loaded machine
        // should not lose cycles to busy waits.
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        _detection = new InferenceSession(files.Detection, options);
        _recognition = new InferenceSession(files.Recognition, options);
        _detInput = _detection.InputMetadata.Keys.First();
        _recInput = _recognition.InputMetadata.Keys.First();
        _dictionary = [.. File.ReadAllText(files.Dictionary).Split('\n').Select(l => l.TrimEnd('\r')), " "];
        _pointClass = Array.IndexOf(_dictionary, ".") + 1 is var point and > 0 ? point : -1;
        _commaClass = Array.IndexOf(_dictionary, ",") + 1 is var comma and > 0 ? comma : -1;
        DetectionSlots = detectionSlots;
        _detectionGate = new SemaphoreSlim(detectionSlots, detectionSlots);
        ModelHash = files.Hash;
    }

    public int DetectionSlots { get; }

    public string ModelHash { get; }

    /// <summary>Engine id for cache keys: models and the pre/post-processing settings.</summary>
    public string Version => $"ppocrv4-onnx/{ModelHash}/det{MaxDetectionSide}/db{DbPostProcess.Threshold}-{DbPostProcess.BoxThreshold}-{DbPostProcess.UnclipRatio}/rec{RecognitionHeight}";

    /// <summary>The process's engine, created on first use (fetching and verifying the models if needed);
    /// null with the reason when it cannot run here. A failure is remembered for the process.</summary>
    public static PaddleEngine? Shared(OcrOptions options, out string? reason)
    {
        lock (SharedGate)
        {
            var folder = options.ModelDirectory ?? string.Empty;
            if (!SharedByFolder.TryGetValue(folder, out var entry))
            {
                try
                {
                    var files = PaddleModelStore.Ensure(options.ModelDirectory, TimeSpan.FromMinutes(5), CancellationToken.None);
                    var slots = Math.Max(1, options.DetectionSlots);
                    var threads = Math.Max(1, options.ThreadsPerRun ?? Environment.ProcessorCount);
                    entry = (new PaddleEngine(files, slots, threads), null);
                }
                catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or OnnxRuntimeException
                                               or TimeoutException or DllNotFoundException or TypeInitializationException)
                {
                    entry = (null, $"PaddleOCR (ONNX Runtime) cannot run: {ex.Message}");
                }

                SharedByFolder[folder] = entry;
            }

            reason = entry.Failure;
            return entry.Engine;
        }
    }

    /// <summary>Text line boxes on a gray page, in its pixels.</summary>
    public List<TextBox> Detect(GrayImage page, CancellationToken cancellationToken, int maxSide = MaxDetectionSide)
    {
        var scale = Math.Min(1.0, (double)Math.Min(maxSide, MaxDetectionSide) / Math.Max(page.Width, page.Height));
        var width = Math.Max(32, (int)Math.Round(page.Width * scale / 32) * 32);
        var height = Math.Max(32, (int)Math.Round(page.Height * scale / 32) * 32);
        _detectionGate.Wait(cancellationToken);
        try
        {
            var input = SkiaImaging.Resize(page, width, height);
            var plane = width * height;
            var tensor = new float[3 * plane];
            var pixels = input.Pixels;
            for (var c = 0; c < 3; c++)
            {
                var offset = c * plane;
                var mean = DetMean[c];
                var std = DetStd[c];
                for (var i = 0; i < plane; i++)
                {
                    tensor[offset + i] = ((pixels[i] / 255f) - mean) / std;
                }
            }

            using var value = OrtValue.CreateTensorValueFromMemory(tensor, [1, 3, height, width]);
            using var runOptions = new RunOptions();
            using var outputs = _detection.Run(runOptions, [_detInput], [value], _detection.OutputNames);
            var map = outputs[0].GetTensorDataAsSpan<float>();
            return DbPostProcess.Boxes(map, width, height, (double)page.Width / width, (double)page.Height / height, page.Width, page.Height);
        }
        finally
        {
            _detectionGate.Release();
        }
    }

    /// <summary>Reads line images (gray crops, one text line each); the result is in the same order.</summary>
    public LineReading[] Recognize(IReadOnlyList<GrayImage> lines, CancellationToken cancellationToken)
    {
        var results = new LineReading[lines.Count];
        var widths = lines.Select(l => Math.Clamp((int)Math.Ceiling(RecognitionHeight * (double)l.Width / Math.Max(1, l.Height)), 16, MaxRecognitionWidth)).ToArray();
        // Similar widths batch together, so little of a batch is padding.
        var order = Enumerable.Range(0, lines.Count).OrderBy(i => widths[i]).ToArray();
        for (var start = 0; start < order.Length; start += RecognitionBatch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = order.Skip(start).Take(RecognitionBatch).ToArray();
            var batchWidth = batch.Max(i => widths[i]);
            var plane = RecognitionHeight * batchWidth;
            var tensor = new float[batch.Length * 3 * plane];
            for (var b = 0; b < batch.Length; b++)
            {
                var line = SkiaImaging.Resize(lines[batch[b]], widths[batch[b]], RecognitionHeight);
                for (var y = 0; y < RecognitionHeight; y++)
                {
                    for (var x = 0; x < line.Width; x++)
                    {
                        // (v / 255 - 0.5) / 0.5; the padding right of the line stays 0 as in PaddleOCR.
                        var v = (line.Pixels[(y * line.Width) + x] / 127.5f) - 1f;
                        var at = (b * 3 * plane) + (y * batchWidth) + x;
                        tensor[at] = v;
                        tensor[at + plane] = v;
                        tensor[at + (2 * plane)] = v;
                    }
                }
            }

            using var value = OrtValue.CreateTensorValueFromMemory(tensor, [batch.Length, 3, RecognitionHeight, batchWidth]);
            using var runOptions = new RunOptions();
            using var outputs = _recognition.Run(runOptions, [_recInput], [value], _recognition.OutputNames);
            var shape = outputs[0].GetTensorTypeAndShape().Shape;
            var steps = (int)shape[1];
            var classes = (int)shape[2];
            var data = outputs[0].GetTensorDataAsSpan<float>();
            for (var b = 0; b < batch.Length; b++)
            {
                results[batch[b]] = CtcDecoder.Decode(data.Slice(b * steps * classes, steps * classes), steps, classes, _dictionary, _pointClass, _commaClass);
            }
        }

        return results;
    }

    public void Dispose()
    {
        _detection.Dispose();
        _recognition.Dispose();
        _detectionGate.Dispose();
    }
}
