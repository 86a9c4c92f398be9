using MechanismGraph.Export;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Tests.Export;

public sealed class GraphExportersTests
{
    [Theory]
    [InlineData("kgx", "kgx")]
    [InlineData("JSONL", "jsonl")]
    [InlineData(" GraphML ", "graphml")]
    public void Get_KnownName_IgnoringCaseAndSpaces(string name, string expected) =>
        Assert.Equal(expected, GraphExporters.Default.Get(name).Id);

    [Fact]
    public void Get_UnknownName_IsBadUserInputListingTheFormats()
    {
        var error = Assert.Throws<MechanismGraphException>(() => GraphExporters.Default.Get("csv"));

        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Equal("Unknown export format 'csv'; known formats: kgx, jsonl, graphml", error.Message);
        Assert.Equal(["kgx", "jsonl", "graphml"], (string[])error.Details["formats"]);
    }

    [Fact]
    public void Registry_RefusesTwoFormatsOfOneName() =>
        Assert.Throws<ArgumentException>(() => new GraphExporters([GraphExporters.Default.All[0], GraphExporters.Default.All[0]]));

    [Fact]
    public void EveryFormat_NamesItsFileWithItsOwnExtension_AndAMediaType() =>
        Assert.All(GraphExporters.Default.All, e =>
        {
            Assert.EndsWith(e.FileExtension, e.FileName, StringComparison.Ordinal);
            Assert.Contains('/', e.MediaType);
            Assert.Equal(e.Id, e.Id.ToLowerInvariant());
        });
}
