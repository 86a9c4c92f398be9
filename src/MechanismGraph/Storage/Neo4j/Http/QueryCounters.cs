namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>
/// How a statement changed the database, as the Query API reports it when the request asks
/// <c>includeCounters: true</c> (the client always asks). Add them up with <c>+</c> across statements.
/// </summary>
internal sealed record QueryCounters(
    bool ContainsUpdates,
    long NodesCreated,
    long NodesDeleted,
    long PropertiesSet,
    long RelationshipsCreated,
    long RelationshipsDeleted,
    long LabelsAdded,
    long LabelsRemoved,
    long IndexesAdded,
    long IndexesRemoved,
    long ConstraintsAdded,
    long ConstraintsRemoved,
    bool ContainsSystemUpdates,
    long SystemUpdates)
{
    public static readonly QueryCounters None = new(false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false, 0);

    public static QueryCounters operator +(QueryCounters left, QueryCounters right) => new(
        left.ContainsUpdates || right.ContainsUpdates,
        left.NodesCreated + right.NodesCreated,
        left.NodesDeleted + right.NodesDeleted,
        left.PropertiesSet + right.PropertiesSet,
        left.RelationshipsCreated + right.RelationshipsCreated,
        left.RelationshipsDeleted + right.RelationshipsDeleted,
        left.LabelsAdded + right.LabelsAdded,
        left.LabelsRemoved + right.LabelsRemoved,
        left.IndexesAdded + right.IndexesAdded,
        left.IndexesRemoved + right.IndexesRemoved,
        left.ConstraintsAdded + right.ConstraintsAdded,
        left.ConstraintsRemoved + right.ConstraintsRemoved,
        left.ContainsSystemUpdates || right.ContainsSystemUpdates,
        left.SystemUpdates + right.SystemUpdates);
}
