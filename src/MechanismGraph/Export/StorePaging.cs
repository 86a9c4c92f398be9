using System.Runtime.CompilerServices;
using MechanismGraph.Model;
using MechanismGraph.Storage;

namespace MechanismGraph.Export;

/// <summary>Reads the whole graph through the store port one keyset page at a time, so exports never hold it all.</summary>
internal static class StorePaging
{
    public static async IAsyncEnumerable<IReadOnlyList<Entity>> EntityPagesAsync(
        IGraphStore store, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            var page = await store.SearchEntitiesAsync(new EntitySearch(null, null, after, pageSize), cancellationToken);
            if (page.Items.Count > 0) yield return page.Items;
            if (!page.HasNextPage || page.Items.Count == 0) yield break;
            after = page.Items[^1].Id;
        }
    }

    public static async IAsyncEnumerable<IReadOnlyList<Relation>> RelationPagesAsync(
        IGraphStore store, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            var page = await store.QueryRelationsAsync(new RelationFilter(null, null, null, after, pageSize), cancellationToken);
            if (page.Items.Count > 0) yield return page.Items;
            if (!page.HasNextPage || page.Items.Count == 0) yield break;
            after = page.Items[^1].Id;
        }
    }
}
