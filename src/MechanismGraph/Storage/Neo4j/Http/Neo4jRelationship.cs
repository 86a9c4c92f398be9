namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>A relationship as the Query API returns it; property values are decoded like any other value.</summary>
internal sealed record Neo4jRelationship(
    string ElementId,
    string StartNodeElementId,
    string EndNodeElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);
