using System.Runtime.CompilerServices;
using MechanismGraph.Model;

namespace MechanismGraph.Storage.Neo4j;

/// <summary>The seed rows of a graph read through any store, page by page in id order (for exports in the Neo4j layout).</summary>
internal static class Neo4jRows
{
    /// <param name="only">The one seed statement whose rows to read (<c>seed-entities</c>…), or null for all.</param>
    public static async IAsyncEnumerable<(string Statement, Dictionary<string, object?> Row)> AllAsync(
        IGraphStore store, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken, string? only = null)
    {
        bool Wanted(string statement) => only is null || only == statement;
        if (Wanted("seed-kinds"))
        {
            foreach (var k in (await store.KindsAsync(cancellationToken)).OrderBy(k => k.Id, StringComparer.Ordinal))
                yield return ("seed-kinds", Neo4jRecords.Row(k.Id, Neo4jRecords.Props(k)));
        }
        if (Wanted("seed-predicates"))
        {
            foreach (var p in (await store.PredicatesAsync(cancellationToken)).OrderBy(p => p.Id, StringComparer.Ordinal))
                yield return ("seed-predicates", Neo4jRecords.Row(p.Id, Neo4jRecords.Props(p)));
        }
        if (Wanted("seed-documents"))
        {
            foreach (var d in (await store.DocumentsAsync(cancellationToken)).OrderBy(d => d.Id, StringComparer.Ordinal))
                yield return ("seed-documents", Neo4jRecords.Row(d.Id, Neo4jRecords.Props(d)));
        }
        string? after = null;
        while (Wanted("seed-entities"))
        {
            var page = await store.SearchEntitiesAsync(new EntitySearch(null, null, after, pageSize), cancellationToken);
            foreach (var e in page.Items)
                yield return ("seed-entities", Neo4jRecords.Row(e.Id, Neo4jRecords.Props(e)));
            if (!page.HasNextPage || page.Items.Count == 0) break;
            after = page.Items[^1].Id;
        }
        after = null;
        while (Wanted("seed-relations"))
        {
            var page = await store.QueryRelationsAsync(new RelationFilter(null, null, null, after, pageSize), cancellationToken);
            foreach (var r in page.Items)
                yield return ("seed-relations", Neo4jRecords.Row(r.Id, Neo4jRecords.Props(r), ("subject", r.SubjectId), ("object", r.ObjectId)));
            if (!page.HasNextPage || page.Items.Count == 0) break;
            after = page.Items[^1].Id;
        }
    }
}
