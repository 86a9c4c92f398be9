using MechanismGraph.Storage;

namespace MechanismGraph.Export;

/// <summary>
/// The id each entity gets in exports: its first xref (the most specific standard CURIE, so research tools can join
/// on it), else <c>mechanismgraph:&lt;slug&gt;</c>. A CURIE listed by two entities would merge them in a KGX tool, so
/// such entities keep their project CURIE.
/// </summary>
public sealed class NodeIds
{
    private readonly Dictionary<string, string> _bySlug;

    private NodeIds(Dictionary<string, string> bySlug) => _bySlug = bySlug;

    /// <summary>Reads every entity's id and xrefs (one page at a time) and fixes the mapping.</summary>
    public static async Task<NodeIds> LoadAsync(IGraphStore store, ExportSettings settings, CancellationToken cancellationToken = default)
    {
        var firstXrefs = new Dictionary<string, string?>(StringComparer.Ordinal);
        var uses = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        await foreach (var page in StorePaging.EntityPagesAsync(store, settings.PageSize, cancellationToken))
            foreach (var entity in page)
            {
                firstXrefs[entity.Id] = entity.Xrefs.Count > 0 ? entity.Xrefs[0] : null;
                foreach (var xref in entity.Xrefs.Distinct(StringComparer.OrdinalIgnoreCase)) uses[xref] = uses.GetValueOrDefault(xref) + 1;
            }
        return new NodeIds(firstXrefs.ToDictionary(
            kv => kv.Key,
            kv => kv.Value is { } curie && uses[curie] == 1 ? curie : ProjectCurie(kv.Key),
            StringComparer.Ordinal));
    }

    /// <summary><c>mechanismgraph:&lt;slug&gt;</c>: stable for as long as the slug (slugs are never renamed).</summary>
    public static string ProjectCurie(string slug) => $"{ExportSettings.CuriePrefix}:{slug}";

    /// <summary>The export id of the entity with this slug.</summary>
    public string Of(string slug) =>
        _bySlug.TryGetValue(slug, out var id) ? id : throw new InvalidOperationException($"Entity '{slug}' appeared during the export; export again.");
}
