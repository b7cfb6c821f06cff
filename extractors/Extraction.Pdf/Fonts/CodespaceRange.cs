namespace Extraction.Pdf.Fonts;

/// <summary>A codespace range: codes of <see cref="Length"/> bytes whose every byte lies between
/// the corresponding bytes of <see cref="Low"/> and <see cref="High"/>.</summary>
internal sealed record CodespaceRange(int Length, byte[] Low, byte[] High)
{
    public bool Matches(ReadOnlySpan<byte> data, int position)
    {
        if (position + Length > data.Length)
        {
            return false;
        }

        for (var i = 0; i < Length; i++)
        {
            var b = data[position + i];
            if (b < Low[i] || b > High[i])
            {
                return false;
            }
        }

        return true;
    }
}
