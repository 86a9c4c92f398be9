using System.Text.Json;
using System.Text.RegularExpressions;
using MechanismGraph.Reasoning;
using MechanismGraph.Testing;

namespace MechanismGraph.Api.Tests;

/// <summary>Every MCP tool through the SDK's client over HTTP: content, citations, and agreement with GraphQL.</summary>
public sealed partial class McpToolTests(McpSession mcp) : IClassFixture<McpSession>
{
    private static readonly string DocumentText =
        File.ReadAllText(Path.Combine(SeedFixture.RealSeedDirectory, "documents", "ketamine-glutamate.txt"));

    private static void AssertVerbatim(JsonElement evidence)
    {
        var (start, end) = (evidence.GetProperty("start").GetInt32(), evidence.GetProperty("end").GetInt32());
        Assert.Equal("ketamine-glutamate", evidence.GetProperty("document").GetString());
        Assert.Equal(DocumentText[start..end], evidence.GetProperty("quote").GetString());
    }

    [Fact]
    public async Task ListTools_OffersTheFiveTools_WithDescriptionsAndInputAndOutputSchemas()
    {
        var tools = await mcp.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["explain_effect", "get_entity", "get_facts", "search_entities", "trace_pathways"], tools.Select(t => t.Name).Order());
        Assert.All(tools, t => Assert.True(t.Description.Length > 80, t.Name));
        Assert.All(tools, t => Assert.True(t.ProtocolTool.Annotations?.ReadOnlyHint, t.Name));
        Assert.All(tools, t => Assert.Equal(JsonValueKind.Object, t.ProtocolTool.OutputSchema?.ValueKind));
        Assert.All(tools, t => Assert.True(t.JsonSchema.GetProperty("properties").TryGetProperty("max_chars", out _), t.Name));
        var trace = tools.Single(t => t.Name == "trace_pathways").JsonSchema;
        Assert.Equal(["from", "to"], trace.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("integer", trace.GetProperty("properties").GetProperty("max_hops").GetProperty("type")[0].GetString());
        var output = tools.Single(t => t.Name == "trace_pathways").ProtocolTool.OutputSchema!.Value.GetProperty("properties");
        Assert.True(output.TryGetProperty("pathways", out _));
        Assert.True(output.TryGetProperty("truncated", out _));
    }

    [Fact]
    public async Task SearchEntities_AnAlias_GroundsToTheEntityIdWithKindAndXrefs()
    {
        var answer = (await mcp.CallAsync("search_entities", new() { ["query"] = "NMDAR" })).AssertSuccess();

        var hit = answer.Structured.GetProperty("entities").EnumerateArray().Single(h => h.GetProperty("exact_match").GetBoolean());
        var entity = hit.GetProperty("entity");
        Assert.Equal("nmda-receptor", entity.GetProperty("id").GetString());
        Assert.Equal("Receptor", entity.GetProperty("kind").GetString());
        Assert.Contains("GO:0017146", entity.GetProperty("xrefs").EnumerateArray().Select(x => x.GetString()));
        Assert.Contains("NMDAR", entity.GetProperty("aliases").EnumerateArray().Select(x => x.GetString()));
        Assert.Contains("NMDA receptor (id: nmda-receptor, kind: Receptor) — exact match", answer.Text);
    }

    [Fact]
    public async Task SearchEntities_KindFilterAndMisspelling_NarrowOrSuggest()
    {
        var drugs = (await mcp.CallAsync("search_entities", new() { ["query"] = "a", ["kind"] = "drug" })).AssertSuccess();
        Assert.All(drugs.Structured.GetProperty("entities").EnumerateArray(), h => Assert.Equal("Drug", h.GetProperty("entity").GetProperty("kind").GetString()));

        var typo = (await mcp.CallAsync("search_entities", new() { ["query"] = "ketamime" })).AssertSuccess();
        Assert.Equal(0, typo.Structured.GetProperty("total").GetInt32());
        Assert.Contains("ketamine", typo.Structured.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("Did you mean: ketamine", typo.Text);
    }

    [Fact]
    public async Task GetEntity_GivesItsDirectRelationsAsSentencesWithVerbatimCitations()
    {
        var answer = (await mcp.CallAsync("get_entity", new() { ["ref"] = "CHEBI:6121", ["max_chars"] = 8000 })).AssertSuccess();
        var graphql = await mcp.Factory.QueryAsync("""{ facts(about: "ketamine", first: 100) { relation { id } sentence } }""");

        Assert.Equal("ketamine", answer.Structured.GetProperty("entity").GetProperty("id").GetString());
        var relations = answer.Structured.GetProperty("relations").EnumerateArray().ToArray();
        Assert.Equal(
            graphql.AssertNoErrors().Data.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("relation").GetProperty("id").GetString()),
            relations.Select(r => r.GetProperty("relation_id").GetString()));
        Assert.All(relations.SelectMany(r => r.GetProperty("evidence").EnumerateArray()), AssertVerbatim);
        Assert.False(answer.Structured.GetProperty("truncated").GetBoolean());
        Assert.Contains($"1. {relations[0].GetProperty("sentence").GetString()} [{relations[0].GetProperty("relation_id").GetString()}]", answer.Text);
        Assert.Contains(relations, r => r.GetProperty("relation_id").GetString() == "ketamine-blocks-nmda-receptor" && r.GetProperty("sign").GetString() == "decreases");
        Assert.Contains("(ketamine-glutamate, characters ", answer.Text);
    }

    [Fact]
    public async Task TracePathways_KetamineToSynaptogenesis_FollowsTheDisinhibitionChainLikeGraphQL()
    {
        var answer = (await mcp.CallAsync("trace_pathways", new() { ["from"] = "ketamine", ["to"] = "synaptogenesis", ["max_chars"] = 20000 })).AssertSuccess();
        var graphql = await mcp.Factory.QueryAsync("""{ pathways(from: "ketamine", to: "synaptogenesis") { summary } }""");

        var pathways = answer.Structured.GetProperty("pathways").EnumerateArray().ToArray();
        var first = pathways[0];
        Assert.Equal(["ketamine", "nmda-receptor-gabaergic-interneuron", "glutamatergic-disinhibition", "glutamate-release", "ampa-receptor"],
            first.GetProperty("entities").EnumerateArray().Take(5).Select(e => e.GetProperty("id").GetString()));
        Assert.Equal("increases", first.GetProperty("net_effect").GetString());
        Assert.Equal("decreases", first.GetProperty("steps")[0].GetProperty("sign").GetString());
        Assert.EndsWith("net effect: ketamine increases synaptogenesis.", first.GetProperty("summary").GetString());
        // One implementation: the same ranking and sentences as GraphQL.
        Assert.Equal(graphql.AssertNoErrors().Data.GetProperty("pathways").EnumerateArray().Select(p => p.GetProperty("summary").GetString()),
            pathways.Select(p => p.GetProperty("summary").GetString()));
        Assert.All(pathways.SelectMany(p => p.GetProperty("steps").EnumerateArray()).SelectMany(s => s.GetProperty("evidence").EnumerateArray()), AssertVerbatim);
        Assert.Contains("Pathway 1: 6 step(s), net effect: increases", answer.Text);
        Assert.Contains(first.GetProperty("summary").GetString()!, answer.Text);
    }

    [Fact]
    public async Task ExplainEffect_NarrativeCitesNumberedVerbatimQuotes_AsGraphQLDoes()
    {
        var answer = (await mcp.CallAsync("explain_effect", new() { ["effect"] = "rapid antidepressant action", ["cause"] = "ketamine", ["max_chars"] = 20000 })).AssertSuccess();
        var graphql = await mcp.Factory.QueryAsync("""{ explain(effect: "rapid antidepressant action", cause: "ketamine") { narrative citations { quote } } }""");

        var explain = graphql.AssertNoErrors().Data.GetProperty("explain");
        var narrative = answer.Structured.GetProperty("narrative").GetString()!;
        Assert.Equal(explain.GetProperty("narrative").GetString(), narrative);
        var citations = answer.Structured.GetProperty("citations").EnumerateArray().ToArray();
        Assert.Equal(explain.GetProperty("citations").GetArrayLength(), citations.Length);
        Assert.Equal(Enumerable.Range(1, citations.Length), citations.Select(c => c.GetProperty("number").GetInt32()));
        Assert.Equal(citations.Length, CitationMark().Matches(narrative).Select(m => m.Value).Distinct().Count());
        Assert.All(citations, AssertVerbatim);
        Assert.StartsWith(narrative, answer.Text);
        Assert.Contains($"[1] “{citations[0].GetProperty("quote").GetString()}” (ketamine-glutamate, characters ", answer.Text);
    }

    [Fact]
    public async Task GetFacts_AboutKetamine_AreTheCitationsGraphQLGives()
    {
        var answer = (await mcp.CallAsync("get_facts", new() { ["about"] = "ketamine", ["limit"] = 100, ["max_chars"] = 20000 })).AssertSuccess();
        var graphql = await mcp.Factory.QueryAsync("""{ facts(about: "ketamine", first: 100) { citation } }""");

        Assert.Equal(graphql.AssertNoErrors().Data.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("citation").GetString()),
            answer.Structured.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("citation").GetString()));
        Assert.Equal("ketamine", answer.Structured.GetProperty("about").GetProperty("id").GetString());
        Assert.False(answer.Structured.GetProperty("truncated").GetBoolean());
        Assert.Equal(JsonValueKind.Null, answer.Structured.GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("search_entities", """{ "query": "glutamate" }""")]
    [InlineData("get_entity", """{ "ref": "ketamine", "max_chars": 1000 }""")]
    [InlineData("trace_pathways", """{ "from": "ketamine", "to": "rapid antidepressant action" }""")]
    [InlineData("explain_effect", """{ "effect": "synaptogenesis" }""")]
    [InlineData("get_facts", """{ "limit": 3 }""")]
    public async Task StructuredContent_ConformsToTheAdvertisedOutputSchema(string tool, string arguments)
    {
        var tools = await mcp.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        var schema = tools.Single(t => t.Name == tool).ProtocolTool.OutputSchema!.Value;

        var answer = (await mcp.CallAsync(tool, JsonSerializer.Deserialize<Dictionary<string, object?>>(arguments)!)).AssertSuccess();

        Assert.Empty(SchemaCheck.Problems(schema, answer.Structured));
    }

    [Fact]
    public async Task ToolDescriptions_QuoteTheBoundsTheToolsEnforce()
    {
        var tools = (await mcp.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken)).ToDictionary(t => t.Name);
        string Parameter(string tool, string name) =>
            tools[tool].ProtocolTool.InputSchema.GetProperty("properties").GetProperty(name).GetProperty("description").GetString()!;

        Assert.Contains($"1–{QueryLimits.MaxHops} steps (default {QueryLimits.DefaultPathHops})", Parameter("trace_pathways", "max_hops"));
        Assert.Contains($"1–{QueryLimits.MaxLimit} (default {QueryLimits.DefaultLimit})", Parameter("trace_pathways", "limit"));
        Assert.Contains($"1–{QueryLimits.MaxFirst} (default {QueryLimits.DefaultFirst})", Parameter("get_facts", "limit"));
        var descriptions = tools.Values.SelectMany(t => t.ProtocolTool.InputSchema.GetProperty("properties").EnumerateObject())
            .Select(p => p.Value.GetProperty("description").GetString()!);
        Assert.All(descriptions, d => Assert.DoesNotContain("{", d)); // every placeholder was filled
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex CitationMark();
}
