using MechanismGraph.Composition;
using MechanismGraph.Export;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Embedded;
using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MechanismGraph.Tests.Composition;

/// <summary>The one store composition: the store the settings choose, its seeder, reasoning and exporters; bad settings fail at once.</summary>
public sealed class StoreCompositionTests
{
    private static ServiceProvider Compose(params (string Key, string? Value)[] settings) =>
        new ServiceCollection()
            .AddMechanismGraphStore(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build(), RepositoryRoot.Path)
            .BuildServiceProvider();

    [Fact]
    public void Default_IsTheEmbeddedStoreOverSeedData_WithItsSeeder_ReasoningAndEveryExporter()
    {
        using var services = Compose(("Graph:SeedData", "seed-data"));

        var store = Assert.IsType<EmbeddedGraphStore>(services.GetRequiredService<IGraphStore>());
        Assert.Equal(ShippedSeed.Graph.ContentHash, store.Graph.ContentHash);
        Assert.IsType<EmbeddedGraphSeeder>(services.GetRequiredService<IGraphSeeder>());
        Assert.NotNull(services.GetRequiredService<ReasoningServices>());
        Assert.Same(GraphExporters.Default, services.GetRequiredService<GraphExporters>());
    }

    [Fact]
    public void Neo4j_IsTheNeo4jStoreAndSeeder_OverAFactoryMadeHttpClient()
    {
        using var services = Compose(("Graph:Store", "Neo4j"), ("Neo4j:Url", "http://localhost:7474"));

        Assert.IsType<Neo4jGraphStore>(services.GetRequiredService<IGraphStore>());
        Assert.IsType<Neo4jSeeder>(services.GetRequiredService<IGraphSeeder>());
        Assert.NotNull(services.GetService<IHttpClientFactory>());
    }

    [Theory]
    [InlineData("Graph:Store", "Mongo", "The Graph settings are invalid")]
    [InlineData("Neo4j:Url", "ftp://localhost", "Neo4j settings are invalid: Neo4j Url must be an absolute http or https URL")]
    [InlineData("Neo4j:MaxRetries", "-1", "Neo4j settings are invalid")]
    [InlineData("Neo4j:RequestTimeout", "soon", "The Neo4j settings are invalid")]
    public void ABadSetting_FailsComposition_NamingIt(string key, string value, string message)
    {
        var error = Assert.Throws<CompositionException>(() => key == "Graph:Store" ? Compose((key, value)) : Compose(("Graph:Store", "Neo4j"), (key, value)));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void InvalidSeedData_FailsComposition_ListingEveryProblem()
    {
        using var seed = new SeedFixture().Replace("entities.yaml", "- id: ketamine", "- id: Ketamine!");

        var error = Assert.Throws<CompositionException>(() => Compose(("Graph:SeedData", seed.Directory)));

        Assert.Contains($"problem(s) in {seed.Directory}:", error.Message);
    }

    [Fact]
    public void AWorkBoundOutOfRange_FailsAtComposition_SayingTheRange()
    {
        var error = Assert.Throws<CompositionException>(() => Compose(("Graph:SeedData", "seed-data"), ("Graph:MaxPathExpansions", "10")));

        Assert.Equal("Graph:MaxPathExpansions must be 1,000–100,000,000 (relations one path search may scan); it is 10.", error.Message);
    }

    [Fact]
    public void AnImportWithoutItsEdgesTable_FailsComposition()
    {
        var error = Assert.Throws<CompositionException>(() => Compose(("Graph:SeedData", "seed-data"), ("Graph:Imports:0:Nodes", "nodes.tsv")));

        Assert.Equal("Graph:Imports:0 needs Nodes and Edges (KGX TSV paths) or an Archive.", error.Message);
    }
}
