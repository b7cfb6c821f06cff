using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;
using Extraction.Messages;

namespace Extraction.Pdf.Content;

/// <summary>Path construction and XObjects.</summary>
internal sealed partial class ContentInterpreter
{
    private void BuildPath(string op, IReadOnlyList<PdfObject> o)
    {
        var m = _state.Ctm.Multiply(_display);
        switch (op)
        {
            case "m" when Numbers(o, 2) is { } p:
                var (mx, my) = m.Transform(p[0], p[1]);
                _path.MoveTo(mx, my);
                break;
            case "l" when Numbers(o, 2) is { } p:
                var (lx, ly) = m.Transform(p[0], p[1]);
                _path.LineTo(lx, ly);
                break;
            case "c" when Numbers(o, 6) is { } p:
                var (cx, cy) = m.Transform(p[4], p[5]);
                _path.CurveTo(cx, cy);
                break;
            case "v" or "y" when Numbers(o, 4) is { } p:
                var (vx, vy) = m.Transform(p[2], p[3]);
                _path.CurveTo(vx, vy);
                break;
            case "re" when Numbers(o, 4) is { } p:
                _path.Rectangle(
                    m.Transform(p[0], p[1]),
                    m.Transform(p[0] + p[2], p[1]),
                    m.Transform(p[0] + p[2], p[1] + p[3]),
                    m.Transform(p[0], p[1] + p[3]));
                break;
            case "h":
                _path.Close();
                break;
        }
    }

    private void DoXObject(string name, PdfDictionary resources, int depth)
    {
        if (resources.GetDictionary("XObject")?.Get(name) is not PdfStream stream)
        {
            return;
        }

        var subtype = stream.Dictionary.GetName("Subtype");
        if (subtype == "Image")
        {
            AddImage();
            return;
        }

        if (subtype != "Form")
        {
            return;
        }

        if (depth >= MaxFormDepth || !_activeForms.Add(stream))
        {
            _report(PdfProblems.Technical($"form XObject /{name} nested deeper than {MaxFormDepth} levels or drawing itself; skipped"));
            return;
        }

        var saved = _state;
        var savedStack = _stack.Count;
        var savedText = (_textMatrix, _lineMatrix);
        try
        {
            if (Matrix.From(stream.Dictionary.GetArray("Matrix")?.ToNumbers()) is { } matrix)
            {
                _state = _state with { Ctm = matrix.Multiply(_state.Ctm) };
            }

            var formResources = stream.Dictionary.GetDictionary("Resources") ?? resources;
            var data = stream.GetDecodedData();
            Execute(ContentStreamTokenizer.Tokenize(data, m => _report(PdfProblems.Technical(m)), 64, _budget), formResources, depth + 1);
        }
        finally
        {
            _activeForms.Remove(stream);
            while (_stack.Count > savedStack)
            {
                _stack.Pop();
            }

            _state = saved;
            (_textMatrix, _lineMatrix) = savedText;
        }
    }
}
