using Extraction.Model;
using Extraction.Pdf.Fonts;
using Extraction.Pdf.Graphics;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;
using Extraction.Messages;

namespace Extraction.Pdf.Content;

/// <summary>Runs a page's content streams (ISO 32000 §8–9, §14.6): graphics-state stack and CTM, text state
/// and text-showing operators, form XObjects with their own matrices and resources (bounded recursion),
/// marked content with /ActualText, and path painting for ruling lines. Clipping is ignored.
/// Everything lands in page display space (top-left origin of the crop box, page /Rotate applied).</summary>
internal sealed partial class ContentInterpreter
{
    private const int MaxFormDepth = 12;
    private const int MaxGlyphsPerPage = 500_000;
    private const int MaxStateDepth = 256;

    private readonly FontLoader _fonts;
    private readonly Action<Msg> _report;
    private readonly WorkBudget? _budget;
    private readonly List<DecodedGlyph> _decoded = [];
    private readonly PathBuilder _path = new();
    private readonly Stack<GraphicsState> _stack = new();
    private readonly Stack<MarkedContent> _marked = new();
    private readonly HashSet<PdfStream> _activeForms = new(ReferenceEqualityComparer.Instance);

    private PageContent _page = new(0, 0);
    private Matrix _display = Matrix.Identity;
    private GraphicsState _state = new();
    private Matrix _textMatrix = Matrix.Identity;
    private Matrix _lineMatrix = Matrix.Identity;
    private int _sequence;

    public ContentInterpreter(FontLoader fonts, Action<Msg> report, WorkBudget? budget = null)
    {
        _fonts = fonts;
        _report = report;
        _budget = budget;
    }

    private sealed record MarkedContent(string? ActualText, int FirstGlyph);

    /// <summary>Interprets the operations of a page whose visible box is <paramref name="cropBox"/>.</summary>
    public PageContent Run(IEnumerable<ContentOperation> operations, PdfDictionary resources, PdfRectangle cropBox, int rotate)
    {
        var (width, height) = rotate is 90 or 270 ? (cropBox.Height, cropBox.Width) : (cropBox.Width, cropBox.Height);
        _page = new PageContent(width, height);
        _display = DisplayMatrix(cropBox, rotate);
        _state = new GraphicsState();
        _stack.Clear();
        _marked.Clear();
        _path.Clear();
        _sequence = 0;
        Execute(operations, resources, 0);
        return _page;
    }

    /// <summary>User space → display space: crop box origin at top-left, y down, rotated clockwise.</summary>
    internal static Matrix DisplayMatrix(PdfRectangle crop, int rotate) => rotate switch
    {
        90 => new Matrix(0, 1, 1, 0, -crop.Bottom, -crop.Left),
        180 => new Matrix(-1, 0, 0, 1, crop.Right, -crop.Bottom),
        270 => new Matrix(0, -1, -1, 0, crop.Top, crop.Right),
        _ => new Matrix(1, 0, 0, -1, -crop.Left, crop.Top),
    };

    private void Execute(IEnumerable<ContentOperation> operations, PdfDictionary resources, int depth)
    {
        foreach (var op in operations)
        {
            try
            {
                Apply(op, resources, depth);
            }
            catch (PdfParseException ex) when (ex is not PdfLimitException)
            {
                _report(PdfProblems.Technical($"content operator {op.Operator} at offset {op.Offset}: {ex.Message}; skipped"));
            }
        }
    }

    private void Apply(ContentOperation op, PdfDictionary resources, int depth)
    {
        var o = op.Operands;
        switch (op.Operator)
        {
            case "q":
                if (_stack.Count < MaxStateDepth)
                {
                    _stack.Push(_state);
                }

                break;
            case "Q":
                if (_stack.Count > 0)
                {
                    _state = _stack.Pop();
                }

                break;
            case "cm":
                if (Numbers(o, 6) is { } cm && Matrix.From(cm) is { } m)
                {
                    _state = _state with { Ctm = m.Multiply(_state.Ctm) };
                }

                break;
            case "w":
                _state = _state with { LineWidth = Number(o, 0) ?? _state.LineWidth };
                break;
            case "gs":
                ApplyExtGState(o, resources);
                break;
            case "g" or "rg" or "k" or "sc" or "scn":
                _state = _state with { FillIsWhite = IsWhite(o) };
                break;
            case "G" or "RG" or "K" or "SC" or "SCN":
                _state = _state with { StrokeIsWhite = IsWhite(o) };
                break;
            case "cs":
                _state = _state with { FillIsWhite = false };
                break;
            case "CS":
                _state = _state with { StrokeIsWhite = false };
                break;
            case "m" or "l" or "c" or "v" or "y" or "re" or "h":
                BuildPath(op.Operator, o);
                break;
            case "S" or "s":
                if (op.Operator == "s")
                {
                    _path.Close();
                }

                if (!_state.StrokeIsWhite)
                {
                    RulingExtractor.Stroke(_path.SubPaths, _page.Rulings, StrokeWeight());
                }

                _path.Clear();
                break;
            case "f" or "F" or "f*":
                if (!_state.FillIsWhite)
                {
                    RulingExtractor.Fill(_path.SubPaths, _page.Rulings);
                }

                _path.Clear();
                break;
            case "B" or "B*" or "b" or "b*":
                if (op.Operator.StartsWith('b'))
                {
                    _path.Close();
                }

                if (!_state.StrokeIsWhite)
                {
                    RulingExtractor.Stroke(_path.SubPaths, _page.Rulings, StrokeWeight());
                }
                else if (!_state.FillIsWhite)
                {
                    RulingExtractor.Fill(_path.SubPaths, _page.Rulings);
                }

                _path.Clear();
                break;
            case "n":
                _path.Clear();
                break;
            case "BT":
                _textMatrix = Matrix.Identity;
                _lineMatrix = Matrix.Identity;
                break;
            case "Tc":
                _state = _state with { Text = _state.Text with { CharSpacing = Number(o, 0) ?? 0 } };
                break;
            case "Tw":
                _state = _state with { Text = _state.Text with { WordSpacing = Number(o, 0) ?? 0 } };
                break;
            case "Tz":
                _state = _state with { Text = _state.Text with { HorizontalScale = (Number(o, 0) ?? 100) / 100 } };
                break;
            case "TL":
                _state = _state with { Text = _state.Text with { Leading = Number(o, 0) ?? 0 } };
                break;
            case "Ts":
                _state = _state with { Text = _state.Text with { Rise = Number(o, 0) ?? 0 } };
                break;
            case "Tr":
                _state = _state with { Text = _state.Text with { RenderMode = (int)(Number(o, 0) ?? 0) } };
                break;
            case "Tf":
                SetFont(o, resources);
                break;
            case "Td":
                NextLine(Number(o, 0) ?? 0, Number(o, 1) ?? 0);
                break;
            case "TD":
                _state = _state with { Text = _state.Text with { Leading = -(Number(o, 1) ?? 0) } };
                NextLine(Number(o, 0) ?? 0, Number(o, 1) ?? 0);
                break;
            case "Tm":
                if (Numbers(o, 6) is { } tm && Matrix.From(tm) is { } t)
                {
                    _textMatrix = t;
                    _lineMatrix = t;
                }

                break;
            case "T*":
                NextLine(0, -_state.Text.Leading);
                break;
            case "Tj":
                if (o.Count > 0 && o[^1] is PdfString s)
                {
                    Show(s.Bytes);
                }

                break;
            case "'":
                NextLine(0, -_state.Text.Leading);
                if (o.Count > 0 && o[^1] is PdfString s1)
                {
                    Show(s1.Bytes);
                }

                break;
            case "\"":
                _state = _state with { Text = _state.Text with { WordSpacing = Number(o, 0) ?? 0, CharSpacing = Number(o, 1) ?? 0 } };
                NextLine(0, -_state.Text.Leading);
                if (o.Count > 2 && o[2] is PdfString s2)
                {
                    Show(s2.Bytes);
                }

                break;
            case "TJ":
                if (o.Count > 0 && o[^1] is PdfArray array)
                {
                    ShowArray(array);
                }

                break;
            case "Do":
                if (o.Count > 0 && o[0] is PdfName xobject)
                {
                    DoXObject(xobject.Value, resources, depth);
                }

                break;
            case "BI":
                AddImage();
                break;
            case "BMC" or "BDC":
                BeginMarked(o, resources);
                break;
            case "EMC":
                EndMarked();
                break;
        }
    }

    /// <summary>The pen width on the page (the line width scaled by the current matrix).</summary>
    private double StrokeWeight() => _state.LineWidth * Math.Sqrt(Math.Abs((_state.Ctm.A * _state.Ctm.D) - (_state.Ctm.B * _state.Ctm.C)));

    private void ApplyExtGState(IReadOnlyList<PdfObject> o, PdfDictionary resources)
    {
        if (o.Count == 0 || o[0] is not PdfName name || resources.GetDictionary("ExtGState")?.GetDictionary(name.Value) is not { } gs)
        {
            return;
        }

        if (gs.GetNumber("LW") is { } lw)
        {
            _state = _state with { LineWidth = lw };
        }

        if (gs.GetArray("Font") is { } font && font.GetDictionary(0) is { } fontDict)
        {
            _state = _state with { Text = _state.Text with { Font = _fonts.Load(fontDict), FontSize = font.GetNumber(1) ?? _state.Text.FontSize } };
        }
    }

    private void SetFont(IReadOnlyList<PdfObject> o, PdfDictionary resources)
    {
        var size = Number(o, 1) ?? 0;
        PdfFont? font = null;
        if (o.Count > 0 && o[0] is PdfName name)
        {
            if (resources.GetDictionary("Font")?.GetDictionary(name.Value) is { } dict)
            {
                font = _fonts.Load(dict);
            }
            else
            {
                _report(Msg.Of("problem.pdf_font_missing", ("font", name.Value)));
            }
        }

        _state = _state with { Text = _state.Text with { Font = font, FontSize = size } };
    }

    private void NextLine(double tx, double ty)
    {
        _lineMatrix = Matrix.Translation(tx, ty).Multiply(_lineMatrix);
        _textMatrix = _lineMatrix;
    }

    private static bool IsWhite(IReadOnlyList<PdfObject> o)
    {
        var values = o.OfType<PdfNumber>().Select(n => n.Double).ToArray();
        return values.Length switch
        {
            1 or 3 => values.All(v => v >= 0.97),
            4 => values.All(v => v <= 0.03),
            _ => false,
        };
    }

    private static double? Number(IReadOnlyList<PdfObject> o, int index) =>
        index < o.Count && o[index] is PdfNumber n && double.IsFinite(n.Double) ? n.Double : null;

    private static double[]? Numbers(IReadOnlyList<PdfObject> o, int count)
    {
        if (o.Count < count)
        {
            return null;
        }

        var result = new double[count];
        for (var i = 0; i < count; i++)
        {
            if (o[o.Count - count + i] is not PdfNumber n)
            {
                return null;
            }

            result[i] = n.Double;
        }

        return result;
    }

    private BoundingBox UnitSquareBox()
    {
        var m = _state.Ctm.Multiply(_display);
        var corners = new[] { m.Transform(0, 0), m.Transform(1, 0), m.Transform(0, 1), m.Transform(1, 1) };
        return new BoundingBox(corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y));
    }

    private void AddImage()
    {
        if (_page.Images.Count < 10_000)
        {
            _page.Images.Add(new PageImage(UnitSquareBox()));
        }
    }
}
