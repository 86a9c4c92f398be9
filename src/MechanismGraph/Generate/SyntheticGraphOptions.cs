namespace MechanismGraph.Generate;

/// <summary>The size and randomness of a synthetic graph.</summary>
/// <param name="Nodes">Entities to write (at least 2).</param>
/// <param name="Edges">Relations to write.</param>
/// <param name="Seed">The seed of the one <see cref="Random"/> every choice comes from: same seed, same bytes.</param>
/// <param name="Skew">Zipf exponent of the degree weights (default 0.6: at Hetionet's size the top hub has ~12,000 edges, like Hetionet's).</param>
public sealed record SyntheticGraphOptions(int Nodes, int Edges, int Seed, double Skew = 0.6)
{
    /// <summary>Most nodes generated (10,000,000: the generator holds about 100 bytes per node in memory).</summary>
    public const int MaxNodes = 10_000_000;

    /// <summary>Most edges generated (100,000,000: edges are streamed, but the file is then about 10 GB).</summary>
    public const int MaxEdges = 100_000_000;
}
