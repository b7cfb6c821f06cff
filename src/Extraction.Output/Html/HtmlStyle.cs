namespace Extraction.Output.Html;

/// <summary>The report's inline stylesheet (the page loads nothing from anywhere).</summary>
internal static class HtmlStyle
{
    public const string Css = """
        body{font-family:"Noto Sans CJK SC","Noto Serif CJK SC","Microsoft YaHei",sans-serif;margin:1.5em auto;max-width:1200px;color:#222;line-height:1.45}
        h1{font-size:1.6em}h2{border-bottom:2px solid #ccc;padding-bottom:.2em;margin-top:2em}h3{margin-top:1.5em}
        table{border-collapse:collapse;margin:.5em 0;font-size:.92em}th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}
        th{background:#f2f2f2}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .sev-error{border-left:6px solid #c0392b}.sev-warning{border-left:6px solid #e67e22}.sev-info{border-left:6px solid #2980b9}
        .badge{display:inline-block;padding:0 .5em;border-radius:.7em;color:#fff;font-size:.85em;margin-right:.3em}
        .b-error{background:#c0392b}.b-warning{background:#e67e22}.b-info{background:#2980b9}.b-failed{background:#555}.b-ok{background:#27ae60}.b-partial{background:#8e44ad}.b-skipped{background:#999}
        article.finding{background:#fafafa;margin:.8em 0;padding:.5em .8em}
        .message{font-weight:600}.relation{font-family:monospace;color:#444}
        figure.crop{margin:.5em 0}figure.crop .frame{position:relative;display:inline-block;border:1px solid #999;max-width:100%}
        figure.crop img{display:block}figure.crop .box{position:absolute;border:2px solid #e00;background:rgba(255,0,0,.08);box-sizing:border-box}figure.crop .box.region{border:1px dashed #e99;background:transparent}.sides{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}.sides .other{flex:1 1 260px}mark{background:#ffe08a;padding:0 1px}
        figcaption,blockquote.quote{color:#333;font-size:.9em;white-space:pre-wrap}
        blockquote.quote{border-left:3px solid #bbb;margin:.4em 0;padding:.2em .6em;background:#fff}
        tr.mismatch td{background:#fdecea}.diff-nonzero{color:#c0392b;font-weight:600}
        .problems li{color:#8a1c1c}.muted{color:#777}nav a{margin-right:1em}
        svg text{font-size:11px;font-family:inherit}
        """;
}
