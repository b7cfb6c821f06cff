using Extraction.Text;

namespace Extraction.Rules.Numbers;

/// <summary>Evaluates a printed arithmetic expression ("(90.83+99.95)/2*5", "183,333.33÷183,421.03×100%")
/// over intervals. Operands with decimals are read half-up; integers are exact constants; N% is N/100;
/// unit words after numbers (万元, 元) are ignored; a number marked 分 is a score as printed, and printed scores are what
/// authors add and subtract (自评得分90.28分-核查得分89.28分), so it is exact. Returns null for anything it cannot read.</summary>
public sealed class ExpressionEvaluator
{
    private readonly string _text;
    private readonly List<PrintedNumber> _operands = [];
    private int _pos;
    private int _operators;
    private int _depth;

    /// <summary>Stands for 分 after a number in the cleaned text.</summary>
    private const char ScoreMark = '#';

    private ExpressionEvaluator(string text) => _text = Clean(text);

    public sealed record Result(Interval Value, IReadOnlyList<PrintedNumber> Operands, int Operators);

    public static Result? Evaluate(string text)
    {
        var evaluator = new ExpressionEvaluator(text);
        try
        {
            var value = evaluator.Expr();
            return evaluator._pos == evaluator._text.Length && value is { } v
                ? new Result(v, evaluator._operands, evaluator._operators)
                : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static string Clean(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var c = TextNormalizer.ToHalfWidth(ch);
            switch (c)
            {
                case '×' or 'X' or '*':
                    sb.Append('*');
                    break;
                case '÷' or '/':
                    sb.Append('/');
                    break;
                case '−' or '–' or '-':
                    sb.Append('-');
                    break;
                case '分':
                    sb.Append(ScoreMark);
                    break;
                case '万' or '元' or '亿':
                    break;
                default:
                    if (!char.IsWhiteSpace(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    private Interval? Expr()
    {
        var left = Term();
        while (left is not null && _pos < _text.Length && _text[_pos] is '+' or '-')
        {
            var op = _text[_pos++];
            _operators++;
            var right = Term();
            if (right is null)
            {
                return null;
            }

            left = op == '+' ? left.Value + right.Value : left.Value - right.Value;
        }

        return left;
    }

    private Interval? Term()
    {
        var left = Factor();
        while (left is not null && _pos < _text.Length && _text[_pos] is '*' or '/')
        {
            var op = _text[_pos++];
            _operators++;
            var right = Factor();
            if (right is null)
            {
                return null;
            }

            left = op == '*' ? left.Value * right.Value : Interval.Divide(left.Value, right.Value);
        }

        return left;
    }

    private Interval? Factor()
    {
        if (_pos >= _text.Length || ++_depth > 64)
        {
            return null;
        }

        try
        {
            var c = _text[_pos];
            if (c == '-')
            {
                _pos++;
                return Factor()?.Negate();
            }

            if (c == '(')
            {
                _pos++;
                var inner = Expr();
                if (inner is null || _pos >= _text.Length || _text[_pos] != ')')
                {
                    return null;
                }

                _pos++;
                if (_pos < _text.Length && _text[_pos] == ScoreMark)
                {
                    _pos++;
                }

                return Percent(inner.Value);
            }

            var start = _pos;
            while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] is '.' or ','))
            {
                _pos++;
            }

            if (start == _pos || !PrintedNumber.TryParse(_text[start.._pos], out var n))
            {
                return null;
            }

            _operands.Add(n);
            var score = _pos < _text.Length && _text[_pos] == ScoreMark;
            if (score)
            {
                _pos++;
            }

            var value = n.Decimals == 0 || score ? Interval.Point(n.Value) : Interval.HalfUp(n.Value, n.Decimals);
            return Percent(value);
        }
        finally
        {
            _depth--;
        }
    }

    private Interval Percent(Interval value)
    {
        if (_pos < _text.Length && _text[_pos] == '%')
        {
            _pos++;
            return value.Scale(0.01m);
        }

        return value;
    }
}
