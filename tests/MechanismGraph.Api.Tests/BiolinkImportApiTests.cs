using System.Text.Json;

namespace MechanismGraph.Api.Tests;

/// <summary>The Biolink semantics of an import, through GraphQL and /health: predicates, sources, precedence and the SSSOM join.</summary>
public sealed class BiolinkImportApiTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "mg-api-biolink-" + Guid.NewGuid().ToString("N")[..12]);

    public BiolinkImportApiTests()
    {
        Directory.CreateDirectory(_directory);
        // A short row (no name), a duplicate, an edge to a node the nodes file lacks, a bad row, a predicate outside Biolink.
        File.WriteAllText(Path.Combine(_directory, "nodes.tsv"),
            "id\tcategory\tname\n" +
            "DRUGBANK:DB01221\tbiolink:NamedThing|biolink:SmallMolecule\tKetamine\n" +
            "NCBIGene:116444\tbiolink:Gene\tGRIN3A\n" +
            "NCBIGene:133\tbiolink:Gene\n" +
            "NCBIGene:133\tbiolink:Gene\n" +
            "DOID:1595\tbiolink:Disease\tendogenous depression\n");
        File.WriteAllText(Path.Combine(_directory, "edges.tsv"),
            "subject\tpredicate\tobject\tprimary_knowledge_source\n" +
            "DRUGBANK:DB01221\tbiolink:affects\tNCBIGene:116444\tinfores:hetionet\n" +
            "NCBIGene:116444\tbiolink:regulates\tNCBIGene:133\tinfores:hetionet\n" +
            "NCBIGene:133\tbiolink:gene_associated_with_condition\tDOID:1595\tinfores:hetionet\n" +
            "NCBIGene:133\tRO:0002434\tNCBIGene:7\tinfores:hetionet\n" +
            "NCBIGene:133\tbiolink:regulates\tnot a curie\tinfores:hetionet\n");
        File.WriteAllText(Path.Combine(_directory, "mapping.sssom.tsv"),
            "# mapping_set_id: https://example.org/m\nsubject_id\tpredicate_id\tobject_id\nDRUGBANK:DB01221\tskos:exactMatch\tCHEBI:6121\n");
    }

    private Dictionary<string, string?> Settings(bool mapping)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Graph:Imports:0:Nodes"] = Path.Combine(_directory, "nodes.tsv"),
            ["Graph:Imports:0:Edges"] = Path.Combine(_directory, "edges.tsv"),
            ["Graph:Imports:0:SkipInvalid"] = "true",
        };
        if (mapping) settings["Graph:Imports:0:Mappings:0"] = Path.Combine(_directory, "mapping.sssom.tsv");
        return settings;
    }

    [Fact]
    public async Task TheHeadlineQuery_StillResolvesTheCuratedKetamine_AfterAnImportNamesANodeKetamine()
    {
        await using var factory = new ApiFactory(Settings(mapping: false));

        var response = await factory.QueryAsync("""{ entity(ref: "ketamine") { id kind } imported: entity(ref: "DRUGBANK:DB01221") { name kind } }""");

        var data = response.AssertNoErrors().Data;
        Assert.Equal("ketamine", data.GetProperty("entity").GetProperty("id").GetString());
        Assert.Equal("SmallMolecule", data.GetProperty("imported").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Effects_OfKetamine_JoinTheDocumentAndTheImportedGraph_ThroughTheMapping()
    {
        await using var factory = new ApiFactory(Settings(mapping: true));

        var response = await factory.QueryAsync("""
            { effects(of: "ketamine", maxHops: 2) { entity { id } pathway { steps { sentence evidence { quote } provenance { primaryKnowledgeSource } } } } }
            """);

        var influences = response.AssertNoErrors().Data.GetProperty("effects").EnumerateArray().ToArray();
        var steps = influences.SelectMany(i => i.GetProperty("pathway").GetProperty("steps").EnumerateArray()).ToArray();
        Assert.Contains(steps, s => s.GetProperty("evidence").GetArrayLength() > 0);
        Assert.Contains(steps, s => s.GetProperty("sentence").GetString() == "Ketamine affects GRIN3A, according to infores:hetionet.");
        Assert.Contains(influences, i => i.GetProperty("entity").GetProperty("id").GetString() == "NCBIGene:133");
        Assert.DoesNotContain(influences, i => i.GetProperty("entity").GetProperty("id").GetString() == "DOID:1595");
    }

    [Fact]
    public async Task Predicates_ListTheirBiolinkParentGroupCausalityAndUse()
    {
        await using var factory = new ApiFactory(Settings(mapping: true));

        var response = await factory.QueryAsync("{ predicates { id causal sign group inBiolink biolinkParent relationCount } }");

        var predicates = response.AssertNoErrors().Data.GetProperty("predicates").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
        Assert.Equal("""{"id":"regulates","causal":true,"sign":"UNKNOWN","group":"CAUSAL","inBiolink":true,"biolinkParent":"biolink:affects","relationCount":1}""",
            predicates["regulates"].GetRawText());
        Assert.Equal("""{"id":"gene_associated_with_condition","causal":false,"sign":"UNKNOWN","group":"ASSOCIATION","inBiolink":true,"biolinkParent":"biolink:genetically_associated_with","relationCount":1}""",
            predicates["gene_associated_with_condition"].GetRawText());
        Assert.Equal("""{"id":"RO:0002434","causal":false,"sign":"NONE","group":"NOT_BIOLINK","inBiolink":false,"biolinkParent":null,"relationCount":1}""",
            predicates["RO:0002434"].GetRawText());
        Assert.True(predicates["blocks"].GetProperty("relationCount").GetInt32() > 0);
    }

    [Fact]
    public async Task Sources_Health_AndStats_ListWhatWasImported()
    {
        await using var factory = new ApiFactory(Settings(mapping: true));

        var response = await factory.QueryAsync("""
            { sources { index files nodes edges createdNodes duplicateRows skipped firstSkipped warnings knowledgeSources { name count } predicatesOutsideBiolink { name count } }
              stats { sources { edges } } }
            """);
        using var client = factory.CreateClient();
        var health = JsonDocument.Parse(await client.GetStringAsync("/health", TestContext.Current.CancellationToken)).RootElement;

        var source = response.AssertNoErrors().Data.GetProperty("sources")[0];
        Assert.Equal(["mapping.sssom.tsv", "nodes.tsv", "edges.tsv"], source.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal((4, 4, 1, 1, 1), (source.GetProperty("nodes").GetInt32(), source.GetProperty("edges").GetInt32(),
            source.GetProperty("createdNodes").GetInt32(), source.GetProperty("duplicateRows").GetInt32(), source.GetProperty("skipped").GetInt32()));
        Assert.StartsWith("edges.tsv:6: bad object CURIE", source.GetProperty("firstSkipped")[0].GetString());
        Assert.Equal("""[{"name":"infores:hetionet","count":4}]""", source.GetProperty("knowledgeSources").GetRawText());
        Assert.Equal("""[{"name":"RO:0002434","count":1}]""", source.GetProperty("predicatesOutsideBiolink").GetRawText());
        Assert.Equal(4, response.Data.GetProperty("stats").GetProperty("sources")[0].GetProperty("edges").GetInt32());
        var imported = health.GetProperty("imports")[0];
        Assert.Equal((4, 1), (imported.GetProperty("edges").GetInt32(), imported.GetProperty("skipped").GetInt32()));
        Assert.Equal(1, imported.GetProperty("predicatesOutsideBiolink").GetProperty("RO:0002434").GetInt32());
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
