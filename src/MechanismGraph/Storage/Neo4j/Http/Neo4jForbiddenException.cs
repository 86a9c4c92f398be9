namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>
/// Neo4j authenticated the user but refused it a privilege (<c>Neo.ClientError.Security.Forbidden</c>, HTTP 400 on a real
/// server): a configuration problem, named by <see cref="Privilege"/>; retrying will not help.
/// </summary>
public sealed class Neo4jForbiddenException : Neo4jException
{
    public Neo4jForbiddenException(string message, string privilege, string? code = null, Exception? innerException = null)
        : base(message, code, innerException)
    {
        Privilege = privilege;
    }

    /// <summary>The privilege the user lacks, as Neo4j's GRANT names it (<c>WRITE</c>, <c>INDEX MANAGEMENT</c>…).</summary>
    public string Privilege { get; }

    public override Neo4jErrorKind Kind => Neo4jErrorKind.Forbidden;
}
