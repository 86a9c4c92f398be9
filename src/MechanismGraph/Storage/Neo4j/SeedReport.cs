namespace MechanismGraph.Storage.Neo4j;

/// <summary>What a seed run sent and what Neo4j says it changed (its update counters).</summary>
public sealed record SeedReport(
    int Kinds, int Predicates, int Entities, int Documents, int Relations,
    long SchemaObjectsAdded, long NodesCreated, long RelationshipsCreated, long PropertiesSet, bool ContainsUpdates)
{
    /// <summary>True when Neo4j already held exactly this graph: nothing was created or changed.</summary>
    public bool NothingChanged => !ContainsUpdates && SchemaObjectsAdded == 0;
}

/// <summary>Progress of a seed run: items of <paramref name="What"/> written so far out of all items.</summary>
public sealed record SeedProgress(string What, int Done, int Total);
