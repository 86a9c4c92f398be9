using MechanismGraph.Graph;
using MechanismGraph.Import;
using MechanismGraph.Seed;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Import;

/// <summary>
/// The KGX project's own example graphs (copied in KgxExamples/ with attribution) load with the counts KGX's reader gives,
/// except where a row is really broken. KGX's counts come from its reader's rules: pandas fills short rows, nodes are
/// keyed by id, edges by subject-predicate-object, edge ends missing from the nodes file are created.
/// </summary>
public sealed class KgxExampleGraphTests
{
    private static readonly KnowledgeGraph Seed = SeedLoader.Load(SeedFixture.RealSeedDirectory).Graph!;
    private static readonly string Folder = Path.Combine(Path.GetDirectoryName(SeedFixture.RealSeedDirectory)!, "tests", "MechanismGraph.Tests", "Import", "KgxExamples");

    private static ImportReport Import(string name)
    {
        var result = KgxImporter.Import(Seed, [new KgxFiles(Path.Combine(Folder, $"{name}_nodes.tsv"), Path.Combine(Folder, $"{name}_edges.tsv"))],
            new KgxImportOptions { SkipInvalid = true });
        Assert.True(result.Succeeded);
        return result.Report;
    }

    [Theory]
    // KGX's tests/unit/test_source/test_tsv_source.py: 3 nodes, 1 edge.
    [InlineData("test", 3, 1, 0)]
    // 10 node rows (multi-category) and 9 edges, one to HP:0010636, which the nodes file lacks: KGX creates it.
    [InlineData("graph_multi_category", 11, 9, 0)]
    public void AnExampleGraph_LoadsWithKgxsCounts(string name, int nodes, int edges, int skipped)
    {
        var report = Import(name);

        Assert.Equal((nodes, edges, skipped), (report.Nodes, report.Edges, report.Skipped));
    }

    [Fact]
    public void GraphTiny_LoadsAsKgxDoes_ExceptItsOneReallyBrokenRow()
    {
        // KGX reads 5 nodes and 4 edges: it does not check ids, so 'HGNC:20635  HGNC:10848' (two ids run together) becomes a node.
        var report = Import("graph_tiny");

        Assert.Equal((4, 3, 1), (report.Nodes, report.Edges, report.Skipped));
        Assert.Equal("graph_tiny_edges.tsv:5: bad subject CURIE: 'HGNC:20635  HGNC:10848' is not a CURIE (PREFIX:local, e.g. CHEBI:6121)", report.Problems.Single().ToString());
    }

    [Fact]
    public void MultiCategoryNodes_TakeTheirMostSpecificCategory()
    {
        var graph = KgxImporter.Import(Seed, [new KgxFiles(Path.Combine(Folder, "graph_multi_category_nodes.tsv"), Path.Combine(Folder, "graph_multi_category_edges.tsv"))]).Graph!;

        Assert.Equal("Gene", graph.Entity("HGNC:10848")!.Kind);
        Assert.Equal("biolink:Disease", graph.Entity("MONDO:0010011")!.Kind);
        Assert.Equal("PhenotypicFeature", graph.Entity("HP:0002510")!.Kind);
        Assert.Equal("NamedThing", graph.Entity("HP:0010636")!.Kind);
    }
}
