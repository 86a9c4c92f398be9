using MechanismGraph.Graph;

namespace MechanismGraph.Seed;

/// <summary>Either a graph or the problems that prevented it: an invalid seed set never yields a graph.</summary>
public sealed record SeedLoadResult(KnowledgeGraph? Graph, IReadOnlyList<SeedProblem> Problems)
{
    public bool Succeeded => Graph is not null;
}
