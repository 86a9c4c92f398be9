using System.Text.Json;
using MechanismGraph.Graph;
using MechanismGraph.Import;
using MechanismGraph.Seed;
using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Testing;
using MechanismGraph.Tests.Import;
using MechanismGraph.Testing.Neo4jFake;

namespace MechanismGraph.Tests.Storage.Neo4j;

/// <summary>An imported graph goes to Neo4j through the seeder: same rows and content hashes on every import, so MERGE writes nothing the second time.</summary>
public sealed class Neo4jImportTests
{
    private static readonly KnowledgeGraph Seed = ShippedSeed.Graph;

    private static readonly string[] Nodes = ["HGNC:1100\tbiolink:Gene\tBRCA1\t\t\t\t", "MONDO:0005148\tbiolink:DiseaseOrPhenotypicFeature\ttype 2 diabetes\t\t\t\t"];
    private static readonly string[] Edges =
    [
        "e1\tCHEBI:6121\tbiolink:affects\tHGNC:1100\tbiolink:causes\tactivity_or_abundance\tdecreased\tinfores:ctd\tPMID:1",
        "e2\tHGNC:1100\tbiolink:regulates\tMONDO:0005148\t\t\t\tinfores:hetionet\t",
    ];

    private static async Task<List<(string Id, string Hash, JsonElement Props)>> SentRelationRowsAsync(KnowledgeGraph graph)
    {
        await using var fake = await FakeQueryApi.StartAsync();
        await new Neo4jSeeder(new HttpClient(), fake.Options()).SeedAsync(graph, cancellationToken: TestContext.Current.CancellationToken);
        var statement = Neo4jSeederTests.Sent("seed-relations");
        return fake.Requests
            .Where(r => r.Path.Contains("/tx/", StringComparison.Ordinal) && r.Json.TryGetProperty("statement", out var s) && s.GetString() == statement)
            .SelectMany(r => r.Json.GetProperty("parameters").GetProperty("rows").GetProperty("_value").EnumerateArray())
            .Select(row => (Value(row, "id").GetString()!, Value(row, "hash").GetString()!, Value(row, "props")))
            .ToList();
    }

    [Fact]
    public async Task ImportingTheSameFilesTwice_SendsTheSameRowsAndHashes_SoNeo4jChangesNothing()
    {
        using var files = new KgxTempFiles(Nodes, Edges);

        var first = await SentRelationRowsAsync(KgxImporter.Import(Seed, [files.Files]).Graph!);
        var second = await SentRelationRowsAsync(KgxImporter.Import(Seed, [files.Files]).Graph!);

        Assert.Equal(Seed.Relations.Count + 2, first.Count);
        Assert.Equal(first.Select(r => (r.Id, r.Hash)), second.Select(r => (r.Id, r.Hash)));
    }

    [Fact]
    public async Task ImportedRelationRows_CarryProvenance_AndCuratedRowsKeepTheirHashes()
    {
        using var files = new KgxTempFiles(Nodes, Edges);

        var imported = await SentRelationRowsAsync(KgxImporter.Import(Seed, [files.Files]).Graph!);
        var curatedOnly = await SentRelationRowsAsync(Seed);

        var e1 = imported.Single(r => r.Id == "e1").Props;
        Assert.Equal("infores:ctd", e1.GetProperty("primaryKnowledgeSource").GetProperty("_value").GetString());
        Assert.Equal(curatedOnly.Select(r => (r.Id, r.Hash)), imported.Where(r => r.Id is not ("e1" or "e2")).Select(r => (r.Id, r.Hash)));
    }

    private static JsonElement Value(JsonElement typedMap, string key) => typedMap.GetProperty("_value").GetProperty(key).GetProperty("_value");
}
