using System.Buffers;
using System.IO.MemoryMappedFiles;

namespace Extraction.Pdf.Structure;

/// <summary>A read-only memory-mapped file exposed as <see cref="Memory{T}"/>, so objects and stream data
/// are slices of the file: opening a large PDF costs address space, not heap.</summary>
internal sealed unsafe class MappedFileMemory : MemoryManager<byte>
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _pointer;
    private readonly int _length;
    private bool _disposed;

    public MappedFileMemory(string path, long maxLength)
    {
        var length = new FileInfo(path).Length;
        if (length > maxLength || length > int.MaxValue)
        {
            throw new Parsing.PdfLimitException($"file of {length} bytes is larger than the reader accepts ({Math.Min(maxLength, int.MaxValue)} bytes)");
        }

        _length = (int)length;
        _file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        _view = _file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _pointer = pointer + _view.PointerOffset;
    }

    public override Span<byte> GetSpan()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new Span<byte>(_pointer, _length);
    }

    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new MemoryHandle(_pointer + elementIndex);
    }

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }
}
