using Extraction.Output.Files;

namespace Extraction.Tests.Output;

public sealed class OutputNamesTests
{
    [Fact]
    public void Same_file_name_in_two_folders_gets_two_deterministic_names()
    {
        string[] inputs = ["/b/report.pdf", "/a/report.pdf", "/a/other.docx"];
        var names = OutputNames.Assign(inputs);
        Assert.Equal("report.pdf.json", names["/a/report.pdf"]);
        Assert.Matches("^report\\.pdf~[0-9a-f]{8}\\.json$", names["/b/report.pdf"]);
        Assert.Equal("other.docx.json", names["/a/other.docx"]);
        Assert.Equal(names, OutputNames.Assign(inputs.Reverse()));
    }

    [Fact]
    public void A_source_named_like_a_temporary_cannot_be_swept_away() =>
        Assert.False(OutputNames.Assign(["/x/.tmp-a.pdf"])["/x/.tmp-a.pdf"].StartsWith(AtomicFile.TempPrefix, StringComparison.Ordinal));
}
