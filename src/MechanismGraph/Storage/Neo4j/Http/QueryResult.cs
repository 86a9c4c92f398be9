namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>
/// A statement's answer. Values are decoded from typed JSON: Null → null, Boolean → bool,
/// Integer → long (exact to 64 bits), Float → double, String → string, Base64 → byte[],
/// List → <c>List&lt;object?&gt;</c>, Map → <c>Dictionary&lt;string, object?&gt;</c>, Node →
/// <see cref="Neo4jNode"/>, Relationship → <see cref="Neo4jRelationship"/>, Path → <see cref="Neo4jPath"/>,
/// temporal, Duration and Point → <see cref="Neo4jTextValue"/>.
/// </summary>
/// <param name="Counters">What the statement changed; null when the server sent no counters (e.g. a bare commit).</param>
/// <param name="Bookmarks">Bookmarks the server returned, for causal chaining.</param>
internal sealed record QueryResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<QueryRow> Rows,
    QueryCounters? Counters,
    IReadOnlyList<string> Bookmarks)
{
    public static readonly QueryResult Empty = new([], [], null, []);

    /// <summary>Every row's value of <paramref name="field"/>, in row order.</summary>
    public IEnumerable<T> Column<T>(string field) => Rows.Select(row => row.Get<T>(field));

    /// <summary>The value of <paramref name="field"/> in the one and only row.</summary>
    public T Single<T>(string field) => Rows.Count == 1
        ? Rows[0].Get<T>(field)
        : throw new InvalidOperationException($"Expected exactly one row, got {Rows.Count}.");
}
