using System.Text.Json;

namespace MechanismGraph.Api.Tests;

/// <summary>The API serving curated seed-data plus a KGX graph listed under Graph:Imports.</summary>
public sealed class ImportedGraphTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "mg-api-import-" + Guid.NewGuid().ToString("N")[..12]);

    public ImportedGraphTests()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "nodes.tsv"),
            "id\tcategory\tname\n" +
            "HGNC:1100\tbiolink:Gene\tBRCA1\n" +
            "MONDO:0005148\tbiolink:DiseaseOrPhenotypicFeature\ttype 2 diabetes\n");
        File.WriteAllText(Path.Combine(_directory, "edges.tsv"),
            "id\tsubject\tpredicate\tobject\tqualified_predicate\tobject_aspect_qualifier\tobject_direction_qualifier\tprimary_knowledge_source\tpublications\n" +
            "e1\tCHEBI:6121\tbiolink:affects\tHGNC:1100\tbiolink:causes\tactivity_or_abundance\tdecreased\tinfores:ctd\tPMID:1\n" +
            "e2\tHGNC:1100\tbiolink:affects\tMONDO:0005148\tbiolink:causes\tactivity_or_abundance\tincreased\tinfores:hetionet\t\n");
    }

    private Dictionary<string, string?> Settings => new()
    {
        ["Graph:Imports:0:Nodes"] = Path.Combine(_directory, "nodes.tsv"),
        ["Graph:Imports:0:Edges"] = Path.Combine(_directory, "edges.tsv"),
    };

    [Fact]
    public async Task Health_CountsCuratedAndImportedItemsTogether()
    {
        await using var curated = new ApiFactory();
        await using var combined = new ApiFactory(Settings);

        var before = await HealthCountsAsync(curated);
        var after = await HealthCountsAsync(combined);

        Assert.Equal(before.GetProperty("entities").GetInt32() + 2, after.GetProperty("entities").GetInt32());
        Assert.Equal(before.GetProperty("relations").GetInt32() + 2, after.GetProperty("relations").GetInt32());
    }

    [Fact]
    public async Task Pathways_FromACuratedDrugIntoTheImportedGraph_CiteTheImportedProvenance()
    {
        await using var factory = new ApiFactory(Settings);

        var response = await factory.QueryAsync("""
            { pathways(from: "ketamine", to: "MONDO:0005148", maxHops: 3) {
                netEffect steps { id evidence { quote } provenance { primaryKnowledgeSource publications } } } }
            """);

        var pathway = response.AssertNoErrors().Data.GetProperty("pathways")[0];
        Assert.Equal("DECREASES", pathway.GetProperty("netEffect").GetString());
        var first = pathway.GetProperty("steps")[0];
        Assert.Equal("e1", first.GetProperty("id").GetString());
        Assert.Equal(0, first.GetProperty("evidence").GetArrayLength());
        Assert.Equal("infores:ctd", first.GetProperty("provenance").GetProperty("primaryKnowledgeSource").GetString());
        Assert.Equal(["PMID:1"], first.GetProperty("provenance").GetProperty("publications").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task McpTracePathways_ThroughImportedRelations_NamesTheirSourcesInsteadOfQuotes()
    {
        await using var session = new McpSession(Settings);
        await session.InitializeAsync();

        var answer = await session.CallAsync("trace_pathways", new() { ["from"] = "ketamine", ["to"] = "MONDO:0005148", ["max_hops"] = 3 });

        Assert.False(answer.IsError, answer.Text);
        Assert.Contains("(source: infores:ctd (PMID:1))", answer.Text);
        Assert.Contains("(source: infores:hetionet)", answer.Text);
    }

    private static async Task<JsonElement> HealthCountsAsync(ApiFactory factory)
    {
        using var client = factory.CreateClient();
        var json = JsonDocument.Parse(await client.GetStringAsync("/health", TestContext.Current.CancellationToken)).RootElement.Clone();
        return json.GetProperty("counts");
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
