using MechanismGraph.Model;

namespace MechanismGraph.Storage;

/// <summary>
/// The best chain (relations walked from the start, one per reached entity) of an influence walk; truncated when the
/// entity bound cut a layer short.
/// </summary>
public sealed record InfluenceWalk(IReadOnlyList<IReadOnlyList<Relation>> Chains, bool Truncated);
