namespace MechanismGraph.Storage.Neo4j;

/// <summary>How an import writes into Neo4j (<c>Neo4j:Import</c> settings; <c>--batch-size</c>, <c>--resume</c> in the CLI).</summary>
public sealed class Neo4jImportOptions
{
    /// <summary>Rows per batch; each batch is its own transaction, so only one batch's state is held by the server at a time.</summary>
    /// <value>
    /// The default value is 2,000: a relation row is a few hundred bytes of JSON and roughly 1–2 KB of transaction state,
    /// so a batch holds a few MB, far below what a 1 GB heap allows a transaction (<c>db.memory.transaction.total.max</c>
    /// defaults to 70 % of the heap), and it finishes well inside the request timeout. Between 1 and 100,000.
    /// </value>
    public int BatchSize { get; set; } = 2000;

    /// <summary>Continue the interrupted import (the generation still being written) instead of discarding it and starting over.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Resume { get; set; }

    internal void Validate()
    {
        if (BatchSize is < 1 or > 100_000)
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "Neo4j Import:BatchSize must be between 1 and 100000.");
    }
}
