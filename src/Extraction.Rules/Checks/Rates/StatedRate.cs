using Extraction.Rules.Text;

namespace Extraction.Rules.Checks.Rates;

/// <summary>A percentage the text states as a named rate: "执行率93.35%", "折旧率为21.97%", or the result of a printed
/// formula "控制率=7÷7×100%=100%". <see cref="Head"/> is the two characters before 率 (执行, 回收, 控制);
/// <see cref="End"/> is where the statement starts (the figures it is stated of come before it).</summary>
internal sealed record StatedRate(Quantity Percent, string Name, string Head, int End, bool FromFormula);
