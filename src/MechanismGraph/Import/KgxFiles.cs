namespace MechanismGraph.Import;

/// <summary>One KGX TSV graph: its nodes table and its edges table.</summary>
public sealed record KgxFiles(string Nodes, string Edges);
