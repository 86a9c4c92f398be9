namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>Whether an auto-commit statement only reads: reads go to cluster readers and may be retried.</summary>
internal enum Neo4jAccessMode
{
    /// <summary>May change data: sent once, never retried (a lost answer does not tell whether it committed).</summary>
    Write,

    /// <summary>Only reads: sent with <c>accessMode: Read</c> and retried on transient faults.</summary>
    Read,
}
