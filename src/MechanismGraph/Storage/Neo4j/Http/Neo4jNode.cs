namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>A node as the Query API returns it; property values are decoded like any other value.</summary>
internal sealed record Neo4jNode(
    string ElementId,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, object?> Properties);
