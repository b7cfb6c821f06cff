namespace Extraction.Tests.Mutations;

/// <summary>Placing a planted error in the source: tokens written over several inline elements are edited where their
/// characters are, and characters the key leaves out (operators, breaks) keep numbers apart.</summary>
public sealed class SourceBufferTests
{
    [Fact]
    public void A_number_over_inline_elements_is_edited_in_place()
    {
        var source = Load("<p>收入<b>12</b>3.45万元，支出7÷7</p>");
        var at = source.Place(source.Key.IndexOf("123.45", StringComparison.Ordinal), 6);

        Assert.NotNull(at);
        Assert.True(at.Split);
        Assert.Equal("<p>收入<b>12</b>4.45万元，支出7÷7</p>", source.Edited(at, "124.45"));
        Assert.Equal("<p>收入<b>21</b>3.45万元，支出7÷7</p>", source.Edited(at, "213.45"));
        Assert.Equal("<p>收入<b>102</b>3.45万元，支出7÷7</p>", source.Edited(at, "1023.45"));
        Assert.Equal("<p>收入<b>1</b>3.45万元，支出7÷7</p>", source.Edited(at, "13.45"));
    }

    [Fact]
    public void A_unit_grows_where_it_is_written()
    {
        var source = Load("<p>支出<i>8</i>元。</p>");
        var at = source.Place(source.Key.IndexOf('元', StringComparison.Ordinal), 1);

        Assert.NotNull(at);
        Assert.Equal("<p>支出<i>8</i>万元。</p>", source.Edited(at, "万元"));
    }

    [Fact]
    public void Operators_and_breaks_separate_numbers_that_touch_in_the_key()
    {
        var source = Load("<p>率=7÷7×100%</p><p>1.5</p><p>1.2019年</p>");
        var key = source.Key;
        var second = key.IndexOf("77", StringComparison.Ordinal) + 1;
        var list = key.IndexOf("1.51.", StringComparison.Ordinal) + 3;

        Assert.False(source.Touching(second));
        Assert.Null(source.Place(second - 1, 2));
        Assert.False(source.Touching(list));
        Assert.True(source.Touching(list - 1));
    }

    private static SourceBuffer Load(string html)
    {
        var dir = Directory.CreateTempSubdirectory("source-buffer-").FullName;
        try
        {
            var path = Path.Combine(dir, "doc.html");
            File.WriteAllText(path, html);
            return SourceBuffer.Load(path);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
