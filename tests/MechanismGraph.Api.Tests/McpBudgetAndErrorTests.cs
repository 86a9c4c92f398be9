using System.Text.Json;

namespace MechanismGraph.Api.Tests;

/// <summary>MCP outputs stay within max_chars and say how to continue; failures are tool errors with GraphQL's codes.</summary>
public sealed class McpBudgetAndErrorTests(McpSession mcp) : IClassFixture<McpSession>
{
    private static Dictionary<string, object?> Arguments(JsonElement next) =>
        next.GetProperty("arguments").EnumerateObject().ToDictionary(p => p.Name, p => (object?)(p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetInt32() : p.Value.GetString()));

    [Theory]
    [InlineData("get_facts", """{ "limit": 100 }""")]
    [InlineData("trace_pathways", """{ "from": "ketamine", "to": "synaptogenesis", "limit": 50 }""")]
    [InlineData("get_entity", """{ "ref": "glutamate" }""")]
    [InlineData("explain_effect", """{ "effect": "synaptogenesis" }""")]
    [InlineData("search_entities", """{ "query": "e", "limit": 100 }""")]
    public async Task EveryTool_AtTheSmallestBudget_StaysWithinItAndMarksWhatWasLeftOut(string tool, string arguments)
    {
        var args = JsonSerializer.Deserialize<Dictionary<string, object?>>(arguments)!;
        args["max_chars"] = 1000;

        var answer = (await mcp.CallAsync(tool, args)).AssertSuccess();

        Assert.InRange(answer.Text.Length, 100, 1000);
        Assert.True(answer.Structured.GetProperty("truncated").GetBoolean(), answer.Text);
        var next = answer.Structured.GetProperty("next");
        Assert.Contains($"call {next.GetProperty("tool").GetString()} with ", answer.Text);
    }

    [Fact]
    public async Task GetFacts_FollowingNext_ReadsTheWholeGraphOnceInOrder()
    {
        var all = await mcp.Factory.QueryAsync("""{ relations(first: 100) { nodes { id } } }""");
        var expected = all.AssertNoErrors().Data.GetProperty("relations").GetProperty("nodes").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToArray();

        var read = new List<string?>();
        var arguments = new Dictionary<string, object?> { ["limit"] = 100, ["max_chars"] = 2000 };
        for (var calls = 0; calls < 50; calls++)
        {
            var answer = (await mcp.CallAsync("get_facts", arguments)).AssertSuccess();
            Assert.True(answer.Text.Length <= 2000);
            read.AddRange(answer.Structured.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("relation_id").GetString()));
            var next = answer.Structured.GetProperty("next");
            if (next.ValueKind == JsonValueKind.Null) break;
            Assert.Equal("get_facts", next.GetProperty("tool").GetString());
            arguments = Arguments(next);
        }

        Assert.True(expected.Length > 20);
        Assert.Equal(expected, read);
    }

    [Fact]
    public async Task TracePathways_OverBudget_NextAsksForMoreRoomAndThenShowsMore()
    {
        var small = (await mcp.CallAsync("trace_pathways", new() { ["from"] = "ketamine", ["to"] = "synaptogenesis", ["max_chars"] = 1500 })).AssertSuccess();
        var next = small.Structured.GetProperty("next");
        Assert.Equal("trace_pathways", next.GetProperty("tool").GetString());
        Assert.Equal(3000, next.GetProperty("arguments").GetProperty("max_chars").GetInt32());
        Assert.Contains("call trace_pathways with from=\"ketamine\", to=\"synaptogenesis\"", small.Text);

        var larger = (await mcp.CallAsync("trace_pathways", Arguments(next))).AssertSuccess();
        Assert.True(larger.Structured.GetProperty("pathways").GetArrayLength() > small.Structured.GetProperty("pathways").GetArrayLength());
        Assert.True(larger.Text.Length <= 3000);
    }

    [Fact]
    public async Task UnknownEntity_IsAToolError_WithTheCodeAndSuggestionsGraphQLGives()
    {
        var answer = await mcp.CallAsync("get_entity", new() { ["ref"] = "ketamin" });
        var graphql = await mcp.Factory.QueryAsync("""{ entity(ref: "ketamin") { id } }""");

        var error = answer.Error;
        var extensions = graphql.FirstError.GetProperty("extensions");
        Assert.Equal("NOT_FOUND", error.GetProperty("code").GetString());
        Assert.Equal(extensions.GetProperty("code").GetString(), error.GetProperty("code").GetString());
        Assert.Equal(graphql.FirstError.GetProperty("message").GetString(), error.GetProperty("message").GetString());
        Assert.Equal(extensions.GetProperty("suggestions").ToString(), error.GetProperty("suggestions").ToString());
        Assert.Contains("ketamine", error.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("ref", error.GetProperty("argument").GetString());
    }

    [Theory]
    [InlineData("trace_pathways", """{ "from": "ketamine", "to": "synaptogenesis", "max_hops": 99 }""", "max_hops", "max_hops must be between 1 and 10; got 99")]
    [InlineData("trace_pathways", """{ "from": "ketamine", "to": "ketamine" }""", "to", "from and to are the same entity ('ketamine'); a pathway needs two different ends")]
    [InlineData("get_facts", """{ "limit": 0 }""", "limit", "limit must be between 1 and 100; got 0")]
    [InlineData("get_entity", """{ "ref": "ketamine", "max_chars": 10 }""", "max_chars", "max_chars must be between 1000 and 20000; got 10")]
    [InlineData("search_entities", """{ "query": "a", "kind": "Planet" }""", "kind", "Unknown kind 'Planet'; known kinds: AnatomicalStructure, BiologicalProcess, CellType, Disease, Drug, Effect, MolecularSite, Neurotransmitter, Protein, Receptor, SignalingPathway")]
    [InlineData("explain_effect", """{ "effect": "synaptogenesis", "cause": "NMDA" }""", "cause", null)]
    public async Task BadArguments_AreToolErrorsNamingTheArgument(string tool, string arguments, string argument, string? message)
    {
        var answer = await mcp.CallAsync(tool, JsonSerializer.Deserialize<Dictionary<string, object?>>(arguments)!);

        var error = answer.Error;
        Assert.Equal(argument, error.GetProperty("argument").GetString());
        if (message is not null)
        {
            Assert.Equal("BAD_USER_INPUT", error.GetProperty("code").GetString());
            Assert.Equal(message, error.GetProperty("message").GetString());
        }
        else Assert.Equal("NOT_FOUND", error.GetProperty("code").GetString());
    }
}
