using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using MechanismGraph.Graph;

namespace MechanismGraph.Storage.Embedded;

/// <summary>Per-walk working memory over dense entity ids, pooled per topology; a stamp voids the previous walk's marks at once.</summary>
internal sealed class InfluenceScratch
{
    private static readonly ConditionalWeakTable<GraphTopology, ConcurrentBag<InfluenceScratch>> Pools = new();

    private InfluenceScratch(GraphTopology topology)
    {
        Topology = topology;
        var n = topology.EntityCount;
        (Seen, Layer, Parent, Via, Rank, Indirect, Inferred, Evidence, FirstReach) =
            (new int[n], new byte[n], new int[n], new int[n], new int[n], new int[n], new int[n], new int[n], new long[n]);
        Allowed = new bool[topology.PredicateCount];
    }

    public GraphTopology Topology { get; }

    /// <summary>The layer of an entity met in a layer the cap cut and turned away: it belongs to none.</summary>
    public const byte NoLayer = byte.MaxValue;

    /// <summary>Entity e is reached in this walk when Seen[e] == Stamp; then Layer[e] is its hop count (or <see cref="NoLayer"/>).</summary>
    public int[] Seen { get; }
    public byte[] Layer { get; }
    /// <summary>The entity and relation the best chain to e comes through.</summary>
    public int[] Parent { get; }
    public int[] Via { get; }
    /// <summary>Position of e's chain among its layer's chains in relation-id order: comparing two chains is comparing two ints.</summary>
    public int[] Rank { get; }
    /// <summary>Indirect and inferred steps and the evidence sum of e's best chain.</summary>
    public int[] Indirect { get; }
    public int[] Inferred { get; }
    public int[] Evidence { get; }
    /// <summary>(frontier position, relation) of the first relation reaching e in the general walk's scan order.</summary>
    public long[] FirstReach { get; }
    public bool[] Allowed { get; }

    public List<int> Frontier { get; } = [];
    public List<int> Next { get; } = [];

    public int Stamp { get; private set; }

    public int NewStamp()
    {
        if (++Stamp == int.MaxValue)
        {
            Array.Clear(Seen);
            Stamp = 1;
        }
        Frontier.Clear();
        Next.Clear();
        return Stamp;
    }

    public static InfluenceScratch Rent(GraphTopology topology) =>
        Pools.GetOrCreateValue(topology).TryTake(out var scratch) ? scratch : new InfluenceScratch(topology);

    public void Return() => Pools.GetOrCreateValue(Topology).Add(this);
}
