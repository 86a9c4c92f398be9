namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>What went wrong talking to Neo4j, one value per <see cref="Neo4jException"/> subclass.</summary>
public enum Neo4jErrorKind
{
    /// <summary>Neo4j could not be reached or reported a transient fault; trying later may work.</summary>
    Unavailable,

    /// <summary>Neo4j rejected the credentials or the user may not do this.</summary>
    Authentication,

    /// <summary>Neo4j refused the statement (a <c>Neo.ClientError</c> or <c>Neo.DatabaseError</c>).</summary>
    Query,

    /// <summary>The answer was not the Query API's documented shape.</summary>
    Protocol,

    /// <summary>The explicit transaction is unknown to the server, usually because it idled out.</summary>
    TransactionExpired,

    /// <summary>The user is authenticated but lacks a privilege the statement needs: a configuration problem.</summary>
    Forbidden,
}
