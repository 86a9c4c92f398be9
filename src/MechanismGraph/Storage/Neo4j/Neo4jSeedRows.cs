using MechanismGraph.Graph;

namespace MechanismGraph.Storage.Neo4j;

/// <summary>A graph as batches of rows for the seed statements, built as they are sent so only one batch is in memory.</summary>
internal static class Neo4jSeedRows
{
    public sealed record Batch(string What, string Statement, IReadOnlyList<Dictionary<string, object?>> Rows);

    public static int Count(KnowledgeGraph graph) =>
        graph.Kinds.Count + graph.Predicates.Count + graph.Documents.Count + graph.Entities.Count + graph.Relations.Count;

    /// <summary>The <see cref="Neo4jFingerprint"/> of every row: equal fingerprints mean the same graph, row for row.</summary>
    public static string Fingerprint(KnowledgeGraph graph)
    {
        var fingerprint = new Neo4jFingerprint();
        foreach (var batch in Batches(graph, 1000))
        {
            foreach (var row in batch.Rows)
                fingerprint.Add(batch.Statement, row);
        }
        return fingerprint.Value;
    }

    // Entities before relations: a relation's MERGE matches its two ends.
    public static IEnumerable<Batch> Batches(KnowledgeGraph graph, int size) =>
        Chunk("kinds", "seed-kinds", graph.Kinds.Select(k => Neo4jRecords.Row(k.Id, Neo4jRecords.Props(k))), size)
            .Concat(Chunk("predicates", "seed-predicates", graph.Predicates.Select(p => Neo4jRecords.Row(p.Id, Neo4jRecords.Props(p))), size))
            .Concat(Chunk("documents", "seed-documents", graph.Documents.Select(d => Neo4jRecords.Row(d.Id, Neo4jRecords.Props(d))), size))
            .Concat(Chunk("entities", "seed-entities", graph.Entities.Select(e => Neo4jRecords.Row(e.Id, Neo4jRecords.Props(e))), size))
            .Concat(Chunk("relations", "seed-relations", graph.Relations.Select(r =>
                Neo4jRecords.Row(r.Id, Neo4jRecords.Props(r), ("subject", r.SubjectId), ("object", r.ObjectId))), size));

    private static IEnumerable<Batch> Chunk(string what, string statement, IEnumerable<Dictionary<string, object?>> rows, int size) =>
        rows.Chunk(size).Select(chunk => new Batch(what, statement, chunk));
}
