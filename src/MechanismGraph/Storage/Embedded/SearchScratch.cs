using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using MechanismGraph.Graph;

namespace MechanismGraph.Storage.Embedded;

/// <summary>
/// Per-search working memory over dense entity ids, pooled per topology and reused: marks carry a stamp instead of being
/// cleared, so starting a search costs nothing however large the graph.
/// </summary>
internal sealed class SearchScratch
{
    private static readonly ConditionalWeakTable<GraphTopology, ConcurrentBag<SearchScratch>> Pools = new();

    private SearchScratch(GraphTopology topology)
    {
        Topology = topology;
        ForwardStamp = new int[topology.EntityCount];
        ForwardDistance = new byte[topology.EntityCount];
        BackwardStamp = new int[topology.EntityCount];
        BackwardDistance = new byte[topology.EntityCount];
        BlockedStamp = new int[topology.EntityCount];
        DeadStamp = new int[topology.EntityCount];
        Allowed = new bool[topology.PredicateCount];
    }

    public GraphTopology Topology { get; }

    /// <summary>Entity e was reached from the spur node in this search when ForwardStamp[e] == Stamp.</summary>
    public int[] ForwardStamp { get; }
    public byte[] ForwardDistance { get; }
    /// <summary>Entity e was reached backwards from the target in this search when BackwardStamp[e] == Stamp.</summary>
    public int[] BackwardStamp { get; }
    public byte[] BackwardDistance { get; }
    /// <summary>Entity e may not be entered in this search when BlockedStamp[e] == Stamp.</summary>
    public int[] BlockedStamp { get; }
    /// <summary>Entity e cannot complete a path in this search when DeadStamp[e] == Stamp.</summary>
    public int[] DeadStamp { get; }
    /// <summary>Allowed[p]: predicate p may be followed (set per query).</summary>
    public bool[] Allowed { get; }

    public List<int> Frontier { get; } = [];
    public List<int> OtherFrontier { get; } = [];
    public List<int> Next { get; } = [];

    public int Stamp { get; private set; }

    /// <summary>A fresh stamp: every mark of the previous search is void at once.</summary>
    public int NewStamp()
    {
        if (++Stamp == int.MaxValue)
        {
            Array.Clear(ForwardStamp);
            Array.Clear(BackwardStamp);
            Array.Clear(BlockedStamp);
            Array.Clear(DeadStamp);
            Stamp = 1;
        }
        return Stamp;
    }

    public static SearchScratch Rent(GraphTopology topology) =>
        Pools.GetOrCreateValue(topology).TryTake(out var scratch) ? scratch : new SearchScratch(topology);

    public void Return() => Pools.GetOrCreateValue(Topology).Add(this);
}
