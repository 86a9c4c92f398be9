namespace MechanismGraph.Storage;

/// <summary>
/// A store that walks influence layers over its own dense topology in one call. The answer must equal InfluenceFinder's
/// layer-by-layer walk over <see cref="IGraphStore.NeighbourRelationsAsync"/> (same chains, same truncation), which
/// a property test checks; stores without it get that general walk.
/// </summary>
public interface IInfluenceWalker
{
    /// <summary>Breadth-first layers from the start over the predicates, up to <paramref name="maxEntities"/> reached entities.</summary>
    InfluenceWalk WalkInfluence(
        string startId, Direction direction, int maxHops, IReadOnlyCollection<string> predicates, int maxEntities, CancellationToken cancellationToken);
}
