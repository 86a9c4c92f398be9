namespace MechanismGraph.Api.Tests;

/// <summary><c>pathwaySearch</c> answers as <c>pathways</c> does, and says whether its search was complete.</summary>
public sealed class PathwaySearchQueryTests(SharedApi api) : IClassFixture<SharedApi>
{
    [Fact]
    public async Task PathwaySearch_GivesThePathwaysOfPathways_AndSearchComplete()
    {
        var search = await api.Factory.QueryAsync("""
            { pathwaySearch(from: "ketamine", to: "synaptogenesis", limit: 4) { searchComplete pathways { steps { id } } } }
            """);
        var pathways = await api.Factory.QueryAsync("""{ pathways(from: "ketamine", to: "synaptogenesis", limit: 4) { steps { id } } }""");

        var answer = search.AssertNoErrors().Data.GetProperty("pathwaySearch");
        Assert.True(answer.GetProperty("searchComplete").GetBoolean());
        Assert.Equal(pathways.AssertNoErrors().Data.GetProperty("pathways").GetRawText(), answer.GetProperty("pathways").GetRawText());
    }

    [Fact]
    public async Task Explain_WithNoPathwayInThisGraph_SaysSo_AndThatTheSearchWasComplete()
    {
        var response = await api.Factory.QueryAsync("""{ explain(effect: "ketamine", cause: "synaptogenesis") { narrative searchComplete } }""");

        var explanation = response.AssertNoErrors().Data.GetProperty("explain");
        Assert.True(explanation.GetProperty("searchComplete").GetBoolean());
        Assert.StartsWith("This graph holds no causal pathway from", explanation.GetProperty("narrative").GetString());
    }
}
