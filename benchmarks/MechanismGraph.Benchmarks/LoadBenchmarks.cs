using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MechanismGraph.Graph;
using MechanismGraph.Import;

namespace MechanismGraph.Benchmarks;

/// <summary>Importing a generated KGX graph on top of seed-data into a new embedded graph (one cold run per iteration).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LoadBenchmarks
{
    private KnowledgeGraph _seed = null!;
    private KgxFiles _files = null!;

    [Params(0.01, 0.1, 1.0)]
    public double Fraction { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _seed = BenchmarkGraphs.CuratedSeed();
        _files = BenchmarkGraphs.Files(Fraction);
    }

    [Benchmark]
    public int Import() => BenchmarkGraphs.Load(_seed, _files).Relations.Count;
}
