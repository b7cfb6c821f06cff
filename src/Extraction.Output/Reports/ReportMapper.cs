using Extraction.Messages;
using Extraction.Model;
using Extraction.Results;

namespace Extraction.Output.Reports;

/// <summary>Turns the pipeline's <see cref="DocumentResult"/> into the contract shape.</summary>
public static class ReportMapper
{
    public static Report From(DocumentResult result, string? toolKey = null, Language language = Language.Zh)
    {
        var metadata = result.Metadata;
        // Boxes and page sizes in the frame of the page as stored (OCR may have read a page turned).
        var frames = new PageFrames(result.Document?.Pages ?? []);
        var pageSizes = frames.Sizes;
        return new Report(
            new ReportSource(result.SourcePath, result.Sha256, result.Format, result.PageCount) { PageSizes = pageSizes, ToolKey = toolKey },
            // "kind" keeps the contract's four values: a document that is not a report is "other" with subkind "not_report".
            new ReportDocument(metadata.Kind == DocumentKind.NotReport ? DocumentKind.Other : metadata.Kind, metadata.Department, metadata.Year, metadata.Evaluator, metadata.StatedTotal?.Value, metadata.StatedGrade)
            {
                Title = metadata.Title,
                Subkind = metadata.Subkind ?? (metadata.Kind == DocumentKind.NotReport ? DocumentSubkind.NotReport : null),
            },
            result.Indicators.Select(i => Indicator(i, frames)).ToArray(),
            result.Figures.Select(f => Figure(f, frames)).ToArray(),
            result.Findings.OrderByDescending(f => f.Severity).Select(f => Finding(f, language, frames)).ToArray(),
            result.Problems.Select(p => Problem(p, language)).ToArray())
        {
            Facts = result.Facts.Select(Fact).ToArray(),
            SkipReason = result.SkipReason,
        };
    }

    /// <summary>An input listed but not read: not a regular file, the tool's own output, and the like.</summary>
    public static Report Skipped(string path, string format, string reason, string? toolKey = null) =>
        new(
            new ReportSource(path, string.Empty, format, 0) { ToolKey = toolKey },
            new ReportDocument(DocumentKind.Other, null, null, null, null, null),
            [],
            [],
            [],
            [])
        {
            SkipReason = reason,
        };

    private static ReportFact Fact(Fact fact) =>
        new(fact.Measure, fact.Value, fact.Text, fact.Unit, fact.ValueYuan, fact.Group, fact.Origin, fact.Evidence.Page, fact.Evidence.Quote)
        {
            Id = fact.Id,
            Period = fact.Period,
            Scope = fact.Scope,
            Entity = fact.Entity,
            Category = fact.Category,
            Decimals = fact.Decimals,
            Table = fact.TableTitle,
            Row = fact.RowHeader,
            Column = fact.ColumnHeader,
            Cell = Cell(fact.Evidence.Cell),
            PartOf = fact.PartOf,
        };

    /// <summary>The result for a document that never reached the pipeline's end (e.g. it timed out). With
    /// <paramref name="text"/> the problem is the catalog message (written in Chinese, re-rendered on export).</summary>
    public static Report Failed(string path, string sha256, string format, string stage, string message, string? toolKey = null, Msg? text = null) =>
        new(
            new ReportSource(path, sha256, format, 0) { ToolKey = toolKey },
            new ReportDocument(DocumentKind.Other, null, null, null, null, null),
            [],
            [],
            [],
            [new ReportProblem(stage, text?.Render(Language.Zh) ?? message) { MessageRef = ReportMessage.From(text) }]);

    private static ReportIndicator Indicator(IndicatorAssessment assessment, PageFrames frames)
    {
        var indicator = assessment.Indicator;
        return new ReportIndicator(
            indicator.Path.ToArray(),
            indicator.Weight,
            indicator.Score,
            assessment.Recomputed,
            assessment.Rule,
            indicator.Criteria,
            indicator.Evidence.Page)
        {
            LevelWeights = indicator.Levels.Select(l => l.Weight).ToArray(),
            Quote = indicator.Evidence.Quote,
            Box = Box(frames.ToStored(indicator.Evidence.Page, indicator.Evidence.Box)),
            Cell = Cell(indicator.Evidence.Cell),
            SelfScore = indicator.SelfScore,
            VerifierNote = indicator.VerifierNote,
            Convention = assessment.Convention,
            Explanation = assessment.Explanation,
            Scores = indicator.Scores.Count == 0 ? null : indicator.Scores.ToDictionary(s => s.Column, s => s.Value),
            Target = indicator.Target,
            Actual = indicator.Actual,
            Code = indicator.Code,
            Formula = indicator.Formula,
        };
    }

    private static ReportFigure Figure(Figure figure, PageFrames frames) =>
        new(figure.Label, figure.Value, figure.Text, figure.Unit, figure.Evidence.Page, figure.Evidence.Quote, figure.ValueYuan)
        {
            Decimals = figure.Decimals,
            Origin = figure.Origin,
            Approximate = figure.Approximate,
            Box = Box(frames.ToStored(figure.Evidence.Page, figure.Evidence.Box)),
            Cell = Cell(figure.Evidence.Cell),
            Confidence = figure.Evidence.Confidence,
        };

    private static ReportProblem Problem(Problem problem, Language language) =>
        new(problem.Stage, problem.Text?.Render(language) ?? problem.Message) { Page = problem.Page, MessageRef = ReportMessage.From(problem.Text), Partial = problem.Partial };

    private static ReportFinding Finding(Finding finding, Language language, PageFrames frames) =>
        new(
            finding.Check,
            SeverityName(finding.Severity),
            finding.Message.Render(language),
            finding.Stated,
            finding.Computed,
            finding.Difference,
            ImpactName(finding.Impact),
            finding.Evidence.Select(e => Evidence(e, frames)).ToArray())
        {
            Tolerance = finding.Tolerance,
            Relation = finding.Relation?.Render(language),
            Convention = finding.Convention?.Render(language),
            Indicator = finding.Indicator?.ToArray(),
            MessageRef = ReportMessage.From(finding.Message),
            RelationRef = ReportMessage.From(finding.Relation),
            ConventionRef = ReportMessage.From(finding.Convention),
        };

    private static ReportEvidence Evidence(Evidence evidence, PageFrames frames) =>
        new(evidence.Page, evidence.Quote)
        {
            Box = Box(frames.ToStored(evidence.Page, evidence.Box)),
            Cell = Cell(evidence.Cell),
            Confidence = evidence.Confidence,
            Number = evidence.Number,
            Marks = evidence.Marks?.Select(m => Box(frames.ToStored(evidence.Page, m))!).ToArray(),
        };

    private static ReportBox? Box(BoundingBox? box) => box is { } b ? new ReportBox(b.Left, b.Top, b.Right, b.Bottom) : null;

    private static ReportCell? Cell(CellRef? cell) => cell is { } c ? new ReportCell(c.Table, c.Row, c.Column) : null;

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static string ImpactName(Impact impact) => impact switch
    {
        Impact.Score => "score",
        Impact.Total => "total",
        Impact.Grade => "grade",
        _ => "none",
    };
}
