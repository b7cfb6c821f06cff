using System.Globalization;
using Extraction.Messages;

namespace Extraction.Reading;

/// <summary>Reads a whole source file into memory within the reader limits, turning I/O failures
/// into <see cref="DocumentReadException"/> so a batch goes on.</summary>
public static class SourceBytes
{
    public static byte[] ReadAll(SourceFile file, ReaderOptions options, string stage)
    {
        try
        {
            var length = file.Length;
            var limit = Math.Min(options.MaxFileBytes, options.MaxDecodedBytes);
            if (length > limit)
            {
                throw new DocumentReadException(stage, Msg.Of("problem.file_over_limits",
                    ("max", limit.ToString(CultureInfo.InvariantCulture)), ("found", length.ToString(CultureInfo.InvariantCulture))));
            }

            return File.ReadAllBytes(file.Path);
        }
        catch (IOException ex)
        {
            throw new DocumentReadException(stage, Msg.Of("problem.file_io_error", ("detail_en", ex.Message)), ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DocumentReadException(stage, Msg.Of("problem.file_access_denied", ("detail_en", ex.Message)), ex);
        }
    }
}
