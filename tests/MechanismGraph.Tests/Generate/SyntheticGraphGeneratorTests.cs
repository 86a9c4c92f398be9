using MechanismGraph.Export;
using MechanismGraph.Generate;
using MechanismGraph.Import;
using MechanismGraph.Model;
using MechanismGraph.Seed;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Generate;

public sealed class SyntheticGraphGeneratorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mg-gen-" + Guid.NewGuid().ToString("N")[..12]);

    private async Task<string> GenerateAsync(string name, int seed, int nodes = 500, int edges = 5000)
    {
        var directory = Path.Combine(_root, name);
        await SyntheticGraphGenerator.WriteAsync(new SyntheticGraphOptions(nodes, edges, seed), directory, TestContext.Current.CancellationToken);
        return directory;
    }

    private static KgxFiles Files(string directory) => new(Path.Combine(directory, KgxExporter.NodesFile), Path.Combine(directory, KgxExporter.EdgesFile));

    [Fact]
    public async Task TheSameSeed_WritesTheSameBytes_AndAnotherSeedDoesNot()
    {
        var a = await GenerateAsync("a", seed: 7);
        var b = await GenerateAsync("b", seed: 7);
        var c = await GenerateAsync("c", seed: 8);

        Assert.Equal(File.ReadAllBytes(Files(a).Edges), File.ReadAllBytes(Files(b).Edges));
        Assert.Equal(File.ReadAllBytes(Files(a).Nodes), File.ReadAllBytes(Files(b).Nodes));
        Assert.NotEqual(File.ReadAllBytes(Files(a).Edges), File.ReadAllBytes(Files(c).Edges));
    }

    [Fact]
    public async Task TheGraph_ImportsCleanly_WithTheRequestedSizeAndTheExportsColumns()
    {
        var directory = await GenerateAsync("g", seed: 1);

        var result = KgxImporter.Import(ShippedSeed.Graph, [Files(directory)]);

        Assert.Empty(result.Report.Problems);
        Assert.Equal((500, 5000), (result.Report.Nodes, result.Report.Edges));
        Assert.Equal(string.Join('\t', KgxExporter.EdgeColumns), File.ReadLines(Files(directory).Edges).First());
        Assert.Equal(string.Join('\t', KgxExporter.NodeColumns), File.ReadLines(Files(directory).Nodes).First());
    }

    [Fact]
    public async Task Degrees_FollowAPowerLaw_WithHubsFarAboveTheMean()
    {
        var directory = await GenerateAsync("g", seed: 3, nodes: 2000, edges: 40_000);

        var degrees = File.ReadLines(Files(directory).Edges).Skip(1).Select(l => l.Split('\t')[1]).CountBy(s => s).Select(kv => kv.Value).Order().ToArray();

        var mean = 40_000.0 / 2000;
        Assert.True(degrees[^1] > 15 * mean, $"top out-degree {degrees[^1]} should be far above the mean {mean}");
        Assert.True(degrees[degrees.Length / 2] < mean, $"median out-degree {degrees[degrees.Length / 2]} should be below the mean {mean} (long tail)");
    }

    [Fact]
    public async Task Predicates_HaveMixedSigns_IncludingOneOutsideTheVocabulary()
    {
        var directory = await GenerateAsync("g", seed: 5);

        var result = KgxImporter.Import(ShippedSeed.Graph, [Files(directory)]);

        var graph = result.Graph!;
        var signs = graph.Relations.Where(r => r.Provenance is not null).Select(graph.SignOf).ToHashSet();
        Assert.Equal([Sign.Increases, Sign.Decreases, Sign.Unknown, Sign.None], signs.Order());
        Assert.Equal(["biolink:regulates"], result.Report.UnknownPredicates.Keys);
        Assert.True(graph.Entities.Select(e => e.Kind).Distinct().Count() >= 7);
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
