using MechanismGraph.Export;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Tests.Export;

public sealed class ExportFormatsTests
{
    [Theory]
    [InlineData("kgx", ExportFormat.Kgx)]
    [InlineData("JSONL", ExportFormat.Jsonl)]
    [InlineData(" GraphML ", ExportFormat.Graphml)]
    public void Parse_KnownName_IgnoringCaseAndSpaces(string name, ExportFormat expected) =>
        Assert.Equal(expected, ExportFormats.Parse(name));

    [Fact]
    public void Parse_UnknownName_IsBadUserInputListingTheFormats()
    {
        var error = Assert.Throws<MechanismGraphException>(() => ExportFormats.Parse("csv"));

        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Equal("Unknown export format 'csv'; known formats: kgx, jsonl, graphml", error.Message);
        Assert.Equal(["kgx", "jsonl", "graphml"], (string[])error.Details["formats"]);
    }
}
