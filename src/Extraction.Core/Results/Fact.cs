namespace Extraction.Results;

/// <summary>One printed quantity with its key (measure and qualifiers) and provenance. <see cref="Value"/> is in the
/// printed unit at the printed precision (<see cref="Decimals"/>): it stands for the interval of values that print
/// as it. <see cref="Core"/> is the measure reduced for matching (synonyms folded, generic words dropped).</summary>
public sealed record Fact(int Id, string Measure, decimal Value, int Decimals, string? Unit, string Origin, Evidence Evidence)
{
    /// <summary>The number as printed, with its unit.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The measure reduced for matching: synonyms folded to one word, qualifiers and generic words dropped.</summary>
    public string Core { get; init; } = string.Empty;

    /// <summary>The label the text or the headers gave the number, before qualifiers were taken out.</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>Year or period ("2021", "上年", "一季度"), null when none is stated.</summary>
    public string? Period { get; init; }

    /// <summary>Scope: 预算, 年初预算, 调整预算, 决算, 执行, 计划, 实际, 变动, 自评, 核查, 目标; null when unstated.</summary>
    public string? Scope { get; init; }

    /// <summary>Entity or sub-item the quantity belongs to (the whole of a 其中 list, a row's owner).</summary>
    public string? Entity { get; init; }

    /// <summary>Category carried over a list ("2021年计划一类赛9个赛事36个赛项": 一类赛).</summary>
    public string? Category { get; init; }

    public decimal? ValueYuan { get; init; }

    public bool Approximate { get; init; }

    /// <summary>True when no unit is printed for the cell and the narrative's money unit was assumed: never evidence of a
    /// unit slip.</summary>
    public bool UnitAssumed { get; init; }

    /// <summary>Character span of the number in its paragraph or cell text.</summary>
    public int Start { get; init; }

    public int End { get; init; }

    /// <summary>Index of the paragraph or table in document order (distance between mentions).</summary>
    public int Block { get; init; }

    /// <summary>Index of the heading the fact sits under (-1 before the first heading).</summary>
    public int Section { get; init; } = -1;

    /// <summary>Sentence index within the block (facts of one sentence are never mentions of one quantity).</summary>
    public int Sentence { get; init; }

    /// <summary>For a cell: its table title, row and column headers.</summary>
    public string? TableTitle { get; init; }

    public string? RowHeader { get; init; }

    public string? ColumnHeader { get; init; }

    /// <summary>True when the row carries a subject code (决算/预算 amount tables, the ledger checks' own).</summary>
    public bool Coded { get; init; }

    /// <summary>True for a cell of a total row ("合计", "总计", or a label ending in one: 本年支出合计, 人员经费合计): the whole
    /// of its table's subject or of the row's measure, a quantity a table prints once.</summary>
    public bool Total { get; init; }

    /// <summary>The fact this one is a part of ("其中…"), by <see cref="Id"/>.</summary>
    public int? PartOf { get; init; }

    /// <summary>The id shared by every mention of one quantity (set by the linker; the fact's own id when alone).</summary>
    public int Group { get; init; } = -1;
}
