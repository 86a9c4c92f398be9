namespace MechanismGraph.Storage;

/// <summary>What a seed run sent and what the store says it changed (Neo4j: its update counters).</summary>
public sealed record SeedReport(
    int Kinds, int Predicates, int Entities, int Documents, int Relations,
    long SchemaObjectsAdded, long NodesCreated, long RelationshipsCreated, long PropertiesSet, bool ContainsUpdates)
{
    /// <summary>True when the store already held exactly this graph: nothing was created or changed.</summary>
    public bool NothingChanged => !ContainsUpdates && SchemaObjectsAdded == 0;
}
