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
                throw new DocumentReadException(stage,
                    $"{file.Name}: expected at most {limit} bytes, found {length} bytes (raise the reader limits to read it)");
            }

            return File.ReadAllBytes(file.Path);
        }
        catch (IOException ex)
        {
            throw new DocumentReadException(stage, $"{file.Name}: expected a readable file, found an I/O error: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DocumentReadException(stage, $"{file.Name}: expected a readable file, found access denied: {ex.Message}", ex);
        }
    }
}
