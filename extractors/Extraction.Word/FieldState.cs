using DocumentFormat.OpenXml;

namespace Extraction.Word;

/// <summary>Complex fields (fldChar begin … instrText … separate … result … end) may span runs and
/// paragraphs: only the result is text. A stack, because fields nest. Begins that never end (see
/// <see cref="FieldScan"/>) are ignored, so a broken field does not hide the rest of the document.</summary>
internal sealed class FieldState(IReadOnlySet<OpenXmlElement> ignoredBegins)
{
    private const int MaxNesting = 64;
    private readonly Stack<bool> _inResult = new();

    /// <summary>Whether text here is visible (outside fields or in every open field's result).</summary>
    public bool Visible => _inResult.Count == 0 || _inResult.All(r => r);

    public void Begin(OpenXmlElement fieldChar)
    {
        if (_inResult.Count < MaxNesting && !ignoredBegins.Contains(fieldChar))
        {
            _inResult.Push(false);
        }
    }

    public void Separate()
    {
        if (_inResult.Count > 0)
        {
            _inResult.Pop();
            _inResult.Push(true);
        }
    }

    public void End()
    {
        if (_inResult.Count > 0)
        {
            _inResult.Pop();
        }
    }
}
