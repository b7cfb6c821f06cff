namespace Extraction.Results;

/// <summary>One level of an indicator's path (一级/二级/三级) with the weight printed for that level.</summary>
public sealed record IndicatorLevel(string Name, decimal? Weight);
