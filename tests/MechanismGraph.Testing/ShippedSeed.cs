using MechanismGraph.Graph;
using MechanismGraph.Seed;

namespace MechanismGraph.Testing;

/// <summary>The real seed-data, loaded once per test process and shared: the graph is immutable, so no test can disturb another.</summary>
public static class ShippedSeed
{
    private static readonly Lazy<KnowledgeGraph> Loaded = new(() =>
        SeedLoader.Load(SeedFixture.RealSeedDirectory).Graph ?? throw new InvalidOperationException("the shipped seed-data is invalid: run 'validate'"));

    public static KnowledgeGraph Graph => Loaded.Value;
}
