using BenchmarkDotNet.Attributes;
using MechanismGraph.Graph;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage.Embedded;

namespace MechanismGraph.Benchmarks;

/// <summary>Pathway and effects queries on the embedded store at 1%, 10% and 100% of Hetionet's size.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class GraphBenchmarks
{
    private KnowledgeGraph _graph = null!;
    private ReasoningServices _reasoning = null!;
    private IReadOnlyList<(string From, string To)> _pairs = [];
    private string _hub = "";
    private int _next;

    [Params(0.01, 0.1, 1.0)]
    public double Fraction { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _graph = BenchmarkGraphs.Load(BenchmarkGraphs.CuratedSeed(), BenchmarkGraphs.Files(Fraction));
        _reasoning = new ReasoningServices(new EmbeddedGraphStore(_graph));
        _pairs = QueryPairs.Pick(_graph, 200, seed: 1);
        _hub = QueryPairs.Hub(_graph).Id;
    }

    /// <summary>One pathways(maxHops: 4, limit: 10) query, cycling through random connected pairs.</summary>
    [Benchmark]
    public async Task<int> Pathways()
    {
        var (from, to) = _pairs[_next++ % _pairs.Count];
        return (await _reasoning.Pathways.FindAsync(from, to, new PathwayOptions(4, 10))).Pathways.Count;
    }

    /// <summary>effects(of: hub, maxHops: 3) on the entity with the most causal out-relations.</summary>
    [Benchmark]
    public async Task<int> EffectsOfHub() => (await _reasoning.Influences.EffectsAsync(_hub, 3)).Influences.Count;
}
