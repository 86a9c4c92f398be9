namespace MechanismGraph.Export;

/// <summary>One node or relationship file pair of the neo4j-admin export: its header columns, and the seed statement whose rows it holds.</summary>
/// <param name="Label">The node label, or null for the RELATES relationships.</param>
/// <param name="Statement">The seed statement (<c>seed-entities</c>…) whose rows the file holds; null for the Generation node.</param>
public sealed record Neo4jAdminFile(string Name, string? Label, string? Statement, IReadOnlyList<string> Header)
{
    public string HeaderFile => $"{Name}.header.csv";

    public string DataFile => $"{Name}.csv";
}
