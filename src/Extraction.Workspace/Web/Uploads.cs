using System.Security.Cryptography;
using Extraction.Workspace.Store;
using Extraction.Workspace.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Extraction.Workspace.Web;

/// <summary>Receives dropped files: streams each multipart section to a temporary file while hashing it, refuses
/// files over the size limit, with an extension not accepted or whose first bytes contradict it, and stores the
/// rest as uploads/&lt;sha256&gt;&lt;ext&gt; (never under the name the browser sent, which is kept for display only).
/// The reasons for a refusal are in the workspace's language.</summary>
internal sealed class Uploads(WorkspaceOptions options, IWorkspaceStore store, UiText text)
{
    private const int MaxDisplayName = 200;

    public async Task<UploadResult> ReceiveAsync(HttpRequest request, string reviewer, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value
            ?? throw new BadHttpRequestException("expected multipart/form-data with a boundary");
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = options.MaxFileBytes + 1 };
        Directory.CreateDirectory(options.UploadDirectory);
        var accepted = new List<string>();
        var rejected = new List<UploadRejection>();
        var count = 0;
        while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
            {
                continue;
            }

            var name = DisplayName(disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value);
            if (++count > options.MaxFiles)
            {
                rejected.Add(new UploadRejection(name, text.Format("reject.too_many", options.MaxFiles)));
                await section.Body.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var extension = Path.GetExtension(name).ToLowerInvariant();
            if (!options.Extensions.Contains(extension))
            {
                rejected.Add(new UploadRejection(name, text.Format("reject.type", extension.Length == 0 ? "—" : extension, string.Join(' ', options.Extensions.Order(StringComparer.Ordinal)))));
                await section.Body.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var (sha, bytes, reason) = await SaveAsync(section.Body, extension, cancellationToken).ConfigureAwait(false);
            if (sha is null)
            {
                rejected.Add(new UploadRejection(name, reason!));
                continue;
            }

            // The stored extension is one of the accepted ones, never text the browser sent.
            var stored = options.Extensions.First(e => e.Equals(extension, StringComparison.OrdinalIgnoreCase)).ToLowerInvariant();
            store.AddDocument(new StoredDocument(sha, name, stored, bytes, reviewer, DateTime.UtcNow, DocumentStatus.Queued, null));
            accepted.Add(sha);
        }

        return new UploadResult(accepted, rejected);
    }

    private async Task<(string? Sha, long Bytes, string? Reason)> SaveAsync(Stream body, string extension, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(options.UploadDirectory, ".tmp-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var head = new byte[1024];
            var headLength = 0;
            long total = 0;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                try
                {
                    while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        total += read;
                        if (total > options.MaxFileBytes)
                        {
                            await body.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
                            return (null, total, text.Format("reject.too_large", options.MaxFileBytes / (1024 * 1024)));
                        }

                        for (var i = 0; i < read && headLength < head.Length; i++)
                        {
                            head[headLength++] = buffer[i];
                        }

                        hash.AppendData(buffer, 0, read);
                        await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (InvalidDataException)
                {
                    return (null, total, text.Format("reject.too_large", options.MaxFileBytes / (1024 * 1024)));
                }

                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            if (total == 0)
            {
                return (null, 0, text["reject.empty"]);
            }

            if (ContentSniff.Contradicts(extension, head.AsSpan(0, headLength)) is { } mismatch)
            {
                return (null, total, text[mismatch]);
            }

            var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            File.Move(temporary, Path.Combine(options.UploadDirectory, sha + extension), overwrite: true);
            return (sha, total, null);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The browser's name reduced to a file name for display (no folders, no control characters, bounded).</summary>
    private static string DisplayName(string? raw)
    {
        var name = (raw ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length > MaxDisplayName)
        {
            name = name[..MaxDisplayName];
        }

        return name.Length == 0 ? "upload" : name;
    }
}
