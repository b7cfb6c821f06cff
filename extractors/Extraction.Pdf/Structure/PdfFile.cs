using System.Buffers;
using System.Text;
using Extraction.Model;
using Extraction.Pdf.Encryption;
using Extraction.Pdf.Filters;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;
using Extraction.Reading;
using Extraction.Messages;

namespace Extraction.Pdf.Structure;

/// <summary>An open PDF: cross-reference information, trailer, catalog, lazily loaded objects, pages.
/// Objects are parsed on first use and cached; stream data stays in the (memory-mapped) file until decoded.
/// Broken cross-references are rebuilt by scanning. Everything it throws is a <see cref="DocumentReadException"/>.
/// Not thread-safe: one document per thread.</summary>
internal sealed class PdfFile : IObjectResolver, IStreamContext, IDisposable
{
    private const int MaxProblems = 200;
    private const int MaxResolveDepth = 48;
    private const long MaxCachedObjectStreamBytes = 64L * 1024 * 1024;
    private readonly MemoryManager<byte>? _mapped;
    private readonly ReadOnlyMemory<byte> _data;
    private readonly Dictionary<int, PdfObject> _objects = [];
    private readonly Dictionary<int, ObjectStream?> _objectStreams = [];
    private readonly HashSet<int> _resolving = [];
    private readonly List<Problem> _problems = [];
    private Dictionary<int, XrefEntry> _entries = [];
    private long _objectStreamBytes;
    private bool _recovered;
    private ISecurityHandler? _security;
    private int _encryptObjectNumber = -1;
    private IReadOnlyList<PdfPage>? _pages;

    private PdfFile(ReadOnlyMemory<byte> data, MemoryManager<byte>? mapped, ReaderOptions options)
    {
        _data = data;
        _mapped = mapped;
        Options = options;
        Budget = WorkBudget.ForFile(data.Length);
        DecodeOptions = new DecodeOptions { MaxDecodedBytes = options.MaxDecodedBytes, Report = m => Report(m) };
        Trailer = PdfDictionary.Empty;
        Catalog = PdfDictionary.Empty;
    }

    public ReaderOptions Options { get; }

    public DecodeOptions DecodeOptions { get; }

    /// <summary>Shared by all parsing of this document; exhausting it is a <see cref="PdfLimitException"/>.</summary>
    public WorkBudget Budget { get; }

    /// <summary>Version from the header ("1.7"), or empty when the header is missing.</summary>
    public string Version { get; private set; } = "";

    /// <summary>Where "%PDF-" starts (offsets in damaged files are sometimes relative to it).</summary>
    public int HeaderOffset { get; private set; }

    public PdfDictionary Trailer { get; private set; }

    public PdfDictionary Catalog { get; private set; }

    public bool IsEncrypted => _security is not null;

    /// <summary>Whether the cross-reference information had to be rebuilt by scanning.</summary>
    public bool WasRecovered => _recovered;

    /// <summary>Recoverable damage met so far (bounded), for <see cref="Document.Problems"/>.</summary>
    public IReadOnlyList<Problem> Problems => _problems;

    public int Length => _data.Length;

    /// <summary>The pages in order (read on first use).</summary>
    public IReadOnlyList<PdfPage> Pages => _pages ??= Guard(() => PageTree.Read(this));

    /// <summary>Object numbers known from the cross-reference information.</summary>
    public IEnumerable<int> ObjectNumbers => _entries.Where(e => e.Value.Type != XrefEntryType.Free).Select(e => e.Key).Order();

    /// <summary>Opens a file by memory-mapping it.</summary>
    public static PdfFile Open(string path, ReaderOptions? options = null, string? password = null)
    {
        options ??= ReaderOptions.Default;
        MappedFileMemory? mapped = null;
        try
        {
            if (new FileInfo(path).Length == 0)
            {
                throw new PdfParseException("expected a PDF, found an empty file");
            }

            mapped = new MappedFileMemory(path, options.MaxFileBytes);
            var file = new PdfFile(mapped.Memory, mapped, options);
            file.Guard(() => file.Load(password));
            return file;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ((IDisposable?)mapped)?.Dispose();
            throw new DocumentReadException("pdf", Msg.Of("problem.file_unreadable", ("detail_en", $"cannot open {Path.GetFileName(path)}: {ex.Message}")), ex);
        }
        catch
        {
            ((IDisposable?)mapped)?.Dispose();
            throw;
        }
    }

    /// <summary>Opens from a stream (copied into memory, bounded by <see cref="ReaderOptions.MaxFileBytes"/>).</summary>
    public static PdfFile Open(Stream stream, ReaderOptions? options = null, string? password = null)
    {
        options ??= ReaderOptions.Default;
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + read > options.MaxFileBytes)
            {
                throw new PdfLimitException($"PDF larger than {options.MaxFileBytes} bytes (ReaderOptions.MaxFileBytes)");
            }

            copy.Write(buffer, 0, read);
        }

        return Open(copy.ToArray(), options, password);
    }

    /// <summary>Opens from bytes in memory.</summary>
    public static PdfFile Open(byte[] data, ReaderOptions? options = null, string? password = null)
    {
        var file = new PdfFile(data, null, options ?? ReaderOptions.Default);
        file.Guard(() => file.Load(password));
        return file;
    }

    /// <summary>The object with this number (generation mismatches are tolerated, as pdf.js and poppler
    /// in recovery do); <see cref="PdfNull"/> when missing.</summary>
    public PdfObject Resolve(ObjectId id) => Guard(() => ResolveNumber(id.Number));

    public PdfObject Resolve(int number) => Resolve(new ObjectId(number, 0));

    /// <summary>Where the cross-reference information places an object (null when unknown).</summary>
    public XrefEntry? GetEntry(int number) => _entries.TryGetValue(number, out var e) ? e : null;

    public ReadOnlyMemory<byte> Decrypt(PdfStream stream)
    {
        if (_security is null || stream.Id is not { } id || id.Number == _encryptObjectNumber || stream.Dictionary.IsNamed("Type", "XRef"))
        {
            return stream.StoredData;
        }

        return Guard(() => _security.DecryptStream(id, stream.Dictionary, stream.StoredData));
    }

    public void Report(string message, int? page = null) => Report(PdfProblems.Technical(message, page), page);

    public void Report(Msg message, int? page = null)
    {
        if (_problems.Count < MaxProblems)
        {
            _problems.Add(Problem.Of("pdf", message, page));
        }
    }

    public void Dispose() => ((IDisposable?)_mapped)?.Dispose();

    /// <summary>Runs reader code so that only typed errors escape: an unexpected exception becomes a
    /// <see cref="PdfInternalErrorException"/>.</summary>
    internal T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is not DocumentReadException and not OperationCanceledException)
        {
            throw new PdfInternalErrorException(ex);
        }
    }

    private void Guard(Action action) => Guard(() =>
    {
        action();
        return 0;
    });

    private void Load(string? password)
    {
        var span = _data.Span;
        var header = span[..Math.Min(span.Length, 1024)].IndexOf("%PDF-"u8);
        if (header < 0)
        {
            Report("no %PDF- header in the first 1024 bytes");
        }
        else
        {
            HeaderOffset = header;
            var versionBytes = span[(header + 5)..Math.Min(span.Length, header + 8)];
            Version = Encoding.ASCII.GetString(versionBytes).Trim();
        }

        try
        {
            var table = new XrefReader(_data, HeaderOffset, Budget, DecodeOptions, Options.MaxDepth, this).Read();
            _entries = table.Entries;
            Trailer = table.Trailer;
        }
        catch (PdfParseException ex) when (ex is not PdfLimitException)
        {
            Report($"cross-reference information unreadable ({ex.Message}); rebuilt by scanning the file");
            Recover();
        }

        SetUpSecurity(password);
        if (FindCatalog() is not { } catalog && !_recovered)
        {
            Report("trailer /Root is not a usable catalog; rebuilding cross-references by scanning the file");
            Recover();
        }

        Catalog = FindCatalog() ?? throw new PdfParseException("expected a document catalog (/Root of the trailer or a /Type /Catalog object), found none");
    }

    private PdfDictionary? FindCatalog()
    {
        if (Trailer.Get("Root") is PdfDictionary root && (root.ContainsKey("Pages") || root.IsNamed("Type", "Catalog")))
        {
            return root;
        }

        if (!_recovered)
        {
            return null;
        }

        // Recovered file without a usable trailer: the last object that declares itself the catalog.
        foreach (var number in ObjectNumbers.Reverse())
        {
            if (_entries[number].Type == XrefEntryType.InFile && !MentionsCatalog(_entries[number].Offset))
            {
                continue;
            }

            if (ResolveNumber(number) is PdfDictionary d && d.IsNamed("Type", "Catalog") && d.ContainsKey("Pages"))
            {
                Report($"catalog taken from object {number} (found by scanning)");
                return d;
            }
        }

        return null;
    }

    private bool MentionsCatalog(long offset)
    {
        var span = _data.Span;
        if (offset < 0 || offset >= span.Length)
        {
            return false;
        }

        var window = span[(int)offset..(int)Math.Min(span.Length, offset + 2048)];
        var end = window.IndexOf("endobj"u8);
        return (end >= 0 ? window[..end] : window).IndexOf("/Catalog"u8) >= 0;
    }

    private void SetUpSecurity(string? password)
    {
        if (Trailer.GetRaw("Encrypt") is not { } raw)
        {
            return;
        }

        if (raw is PdfReference r)
        {
            _encryptObjectNumber = r.Id.Number;
        }

        if (raw.Resolve() is not PdfDictionary encrypt)
        {
            Report("trailer /Encrypt is not a dictionary; the file is read as unencrypted");
            return;
        }

        var idArray = Trailer.GetArray("ID");
        var firstId = idArray?[0] is PdfString s ? s.Bytes : [];
        _security = StandardSecurityHandler.Create(encrypt, firstId, password);
        // Objects parsed while reading the trailer were not decrypted yet: parse them again on demand.
        var keep = _encryptObjectNumber >= 0 && _objects.TryGetValue(_encryptObjectNumber, out var e) ? e : null;
        _objects.Clear();
        if (keep is not null)
        {
            _objects[_encryptObjectNumber] = keep;
        }
    }

    private void Recover()
    {
        if (_recovered)
        {
            return;
        }

        _recovered = true;
        var (scanned, trailers, objectStreams) = XrefRecovery.Scan(_data, Budget, Options.MaxDepth, this);
        foreach (var (number, entry) in scanned)
        {
            if (!_entries.TryGetValue(number, out var existing) || existing.Type != XrefEntryType.Compressed)
            {
                _entries[number] = entry;
            }
        }

        var items = new Dictionary<string, PdfObject>(StringComparer.Ordinal);
        foreach (var (key, value) in Trailer.Items)
        {
            items[key] = value;
        }

        // The last trailer written is the newest; earlier ones fill in what it lacks.
        foreach (var trailer in Enumerable.Reverse(trailers))
        {
            foreach (var (key, value) in trailer.Items)
            {
                if (key is not ("Prev" or "XRefStm"))
                {
                    items.TryAdd(key, value);
                }
            }
        }

        Trailer = new PdfDictionary(items);
        _objects.Clear();
        foreach (var number in objectStreams)
        {
            if (GetObjectStream(number) is { } stream)
            {
                var index = 0;
                foreach (var inner in stream.ObjectNumbers)
                {
                    _entries.TryAdd(inner, new XrefEntry(XrefEntryType.Compressed, 0, 0, number, index++));
                }
            }
        }

        if (!Trailer.ContainsKey("Root"))
        {
            // No trailer at all: xref streams found by the scan carry the trailer keys.
            foreach (var number in ObjectNumbers.Reverse())
            {
                if (ResolveNumber(number) is PdfStream s && s.Dictionary.IsNamed("Type", "XRef") && s.Dictionary.GetRaw("Root") is { } root)
                {
                    items["Root"] = root;
                    foreach (var key in new[] { "Encrypt", "ID", "Info" })
                    {
                        if (s.Dictionary.GetRaw(key) is { } v)
                        {
                            items.TryAdd(key, v);
                        }
                    }

                    Trailer = new PdfDictionary(items);
                    break;
                }
            }
        }
    }

    private PdfObject ResolveNumber(int number)
    {
        if (_objects.TryGetValue(number, out var cached))
        {
            return cached;
        }

        if (_resolving.Count >= MaxResolveDepth || !_resolving.Add(number))
        {
            Report($"object {number} refers back to itself while being read (reference cycle); read as null");
            return PdfNull.Instance;
        }

        try
        {
            var value = LoadObject(number);
            if (value is null && !_recovered && _entries.Count > 0)
            {
                Report($"object {number} not found where the cross-reference table says; rebuilding by scanning");
                Recover();
                value = LoadObject(number);
            }

            value ??= PdfNull.Instance;
            _objects[number] = value;
            return value;
        }
        finally
        {
            _resolving.Remove(number);
        }
    }

    /// <summary>Parses the object from its xref entry; null when it is not where the entry says.</summary>
    private PdfObject? LoadObject(int number)
    {
        if (!_entries.TryGetValue(number, out var entry))
        {
            return null;
        }

        switch (entry.Type)
        {
            case XrefEntryType.InFile:
                return ParseAt(entry.Offset, number, entry.Generation)
                    ?? (HeaderOffset > 0 ? ParseAt(entry.Offset + HeaderOffset, number, entry.Generation) : null);
            case XrefEntryType.Compressed:
                try
                {
                    return GetObjectStream(entry.StreamNumber)?.Get(number, entry.StreamIndex, this, Budget, Options.MaxDepth);
                }
                catch (PdfParseException ex) when (ex is not PdfLimitException)
                {
                    Report($"object {number} in object stream {entry.StreamNumber} unreadable: {ex.Message}");
                    return null;
                }

            default:
                return PdfNull.Instance;
        }
    }

    private PdfObject? ParseAt(long offset, int number, int generation)
    {
        if (offset < 0 || offset >= _data.Length)
        {
            return null;
        }

        try
        {
            var lexer = new PdfLexer(_data, Budget) { Position = (int)offset };
            var parser = new PdfObjectParser(lexer, this, Options.MaxDepth)
            {
                StreamContext = this,
                Report = m => Report(m),
            };
            if (_security is { } security && number != _encryptObjectNumber)
            {
                var id = new ObjectId(number, generation);
                parser.StringDecryptor = bytes => security.DecryptString(id, bytes);
            }

            return parser.ReadIndirectObject(new ObjectId(number, generation)).Value;
        }
        catch (PdfParseException ex) when (ex is not PdfLimitException)
        {
            Report($"object {number}: {ex.Message}");
            return null;
        }
    }

    private ObjectStream? GetObjectStream(int number)
    {
        if (_objectStreams.TryGetValue(number, out var cached))
        {
            return cached;
        }

        ObjectStream? result = null;
        // Mark first: an object stream whose own entry points into itself must not recurse.
        _objectStreams[number] = null;
        try
        {
            if (ResolveNumber(number) is PdfStream stream)
            {
                result = ObjectStream.Load(stream, Budget);
            }
            else
            {
                Report($"object stream {number} is missing or not a stream");
            }
        }
        catch (PdfParseException ex) when (ex is not PdfLimitException)
        {
            Report($"object stream {number} unreadable: {ex.Message}");
        }

        if (result is not null)
        {
            _objectStreamBytes += result.Length;
            if (_objectStreamBytes > MaxCachedObjectStreamBytes)
            {
                // Objects already parsed stay cached; only the decoded buffers are dropped.
                foreach (var key in _objectStreams.Keys.ToArray())
                {
                    if (_objectStreams[key] is not null)
                    {
                        _objectStreams.Remove(key);
                    }
                }

                _objectStreamBytes = result.Length;
            }
        }

        _objectStreams[number] = result;
        return result;
    }
}
