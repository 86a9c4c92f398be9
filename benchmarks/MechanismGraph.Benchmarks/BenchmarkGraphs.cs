using MechanismGraph.Export;
using MechanismGraph.Generate;
using MechanismGraph.Graph;
using MechanismGraph.Import;
using MechanismGraph.Seed;

namespace MechanismGraph.Benchmarks;

/// <summary>The generated graphs the benchmarks load: a fraction of Hetionet's size (47,031 nodes, 2,250,197 edges), seed 42, cached on disk.</summary>
internal static class BenchmarkGraphs
{
    public const int FullNodes = 47_031;
    public const int FullEdges = 2_250_197;
    public const int Seed = 42;

    public static string Root { get; } = Environment.GetEnvironmentVariable("MG_BENCH_DIR") ?? Path.Combine(Path.GetTempPath(), "mechanismgraph-bench");

    public static (int Nodes, int Edges) Size(double fraction) => ((int)Math.Round(FullNodes * fraction), (int)Math.Round(FullEdges * fraction));

    /// <summary>Writes the KGX files for this fraction unless they are already there.</summary>
    public static KgxFiles Files(double fraction)
    {
        var (nodes, edges) = Size(fraction);
        var directory = Path.Combine(Root, $"n{nodes}-e{edges}-s{Seed}");
        var files = new KgxFiles(Path.Combine(directory, KgxExporter.NodesFile), Path.Combine(directory, KgxExporter.EdgesFile));
        if (!File.Exists(files.Edges))
            SyntheticGraphGenerator.WriteAsync(new SyntheticGraphOptions(nodes, edges, Seed), directory).GetAwaiter().GetResult();
        return files;
    }

    public static KnowledgeGraph CuratedSeed() =>
        SeedLoader.Load(SeedLoader.FindDefaultDirectory() ?? throw new InvalidOperationException("Run from the repository: seed-data not found.")).Graph
        ?? throw new InvalidOperationException("seed-data is invalid; run 'validate'.");

    public static KnowledgeGraph Load(KnowledgeGraph seed, KgxFiles files) =>
        KgxImporter.Import(seed, [files]).Graph ?? throw new InvalidOperationException("The generated graph did not import.");
}
