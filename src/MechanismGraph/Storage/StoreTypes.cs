using MechanismGraph.Model;

namespace MechanismGraph.Storage;

// The small value types the store port speaks in.

/// <summary>Which way to follow relations from an entity.</summary>
public enum Direction
{
    /// <summary>From subject to object: downstream.</summary>
    Outgoing,
    /// <summary>From object to subject: upstream.</summary>
    Incoming,
}

/// <summary>How much a store holds.</summary>
public sealed record GraphCounts(int Documents, int Entities, int Relations, int Evidence, int Predicates);

/// <summary>An entity's id, name and aliases.</summary>
public sealed record EntityLabels(string Id, string Name, IReadOnlyList<string> Aliases);

/// <summary>One page of a keyset-paginated listing.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, bool HasNextPage, int TotalCount);

/// <summary>Entity listing: case-insensitive substring of id, name, alias or CURIE; exact kind (ignoring case).</summary>
public sealed record EntitySearch(string? Text, string? Kind, string? AfterId, int First);

/// <summary>Relation listing by entity ids and predicate id; any may be null.</summary>
public sealed record RelationFilter(string? SubjectId, string? ObjectId, string? PredicateId, string? AfterId, int First);

/// <summary>A bounded path search between two entities.</summary>
/// <param name="Predicates">Predicate ids a step may use.</param>
/// <param name="Avoid">Entity ids no path may pass through.</param>
/// <param name="MaxPaths">How many paths to return at most: the k shortest simple paths by hops (ties in a store's own
/// deterministic order; the embedded store's is <c>KShortestPaths</c>'), never more, and (unless truncated) none left out that is shorter than one returned.</param>
/// <param name="MaxExpansions">Work budget: relations scanned before the search stops (the result is then marked truncated).</param>
public sealed record PathSearch(
    string FromId, string ToId, int MaxHops,
    IReadOnlyCollection<string> Predicates, IReadOnlyCollection<string> Avoid,
    int MaxPaths, int MaxExpansions);

/// <summary>
/// Raw paths (relations in order), shortest first. <paramref name="Truncated"/>: the work budget ran out before the search
/// was complete; the paths are then those found so far, shortest first, and others (even shorter ones) may exist.
/// </summary>
public sealed record PathSearchResult(IReadOnlyList<IReadOnlyList<Relation>> Paths, bool Truncated);
