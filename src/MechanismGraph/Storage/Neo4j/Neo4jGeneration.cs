namespace MechanismGraph.Storage.Neo4j;

/// <summary>One generation of the graph in Neo4j, its state (<c>writing</c>, <c>active</c> or <c>retired</c>) and its input's fingerprint.</summary>
internal sealed record Neo4jGeneration(long Number, string State, string? Fingerprint)
{
    public const string Writing = "writing";
    public const string Active = "active";
    public const string Retired = "retired";
}
