using MechanismGraph.Model;
using MechanismGraph.Search;
using MechanismGraph.Seed;
using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>
/// Turns a user's reference into one entity, by precedence: exact id, then exact CURIE (xref), then exact name, then
/// alias (each ignoring case). AMBIGUOUS only when several entities match at the best level reached, so a curated id
/// ("ketamine") never becomes ambiguous because an import brought a node named "Ketamine".
/// </summary>
public sealed class EntityResolver(IGraphStore store, StoreCatalog catalog)
{
    private static readonly string[] LevelNames = ["id", "CURIE", "name", "alias"];

    public async Task<Entity> ResolveAsync(string reference, string argument, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reference))
            throw MechanismGraphException.BadInput(argument, $"{argument} must name an entity (an id, name, alias or CURIE)");
        var wanted = reference.Trim();
        var found = await store.FindEntitiesAsync(wanted, cancellationToken);
        if (found.Count == 0)
        {
            var suggestions = await SuggestAsync(reference, 3, cancellationToken);
            var hint = suggestions.Count > 0 ? $"; did you mean {string.Join(", ", suggestions.Select(s => $"'{s}'"))}?" : "";
            throw new MechanismGraphException(ErrorCodes.NotFound, $"No entity matches {argument} '{reference}'{hint}",
                new Dictionary<string, object> { ["argument"] = argument, ["suggestions"] = suggestions });
        }
        var best = found.Min(e => Level(e, wanted));
        var matches = found.Where(e => Level(e, wanted) == best).OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        if (matches.Length == 1) return matches[0];
        var candidates = matches.Select(e => $"{e.Id} ({e.Name}, {e.Kind}, {SourceOf(e)})").ToArray();
        throw new MechanismGraphException(ErrorCodes.Ambiguous,
            $"{argument} '{reference}' is the {LevelNames[best]} of {matches.Length} entities: {string.Join("; ", candidates)}; use an id",
            new Dictionary<string, object> { ["argument"] = argument, ["candidates"] = matches.Select(e => e.Id).ToArray() });
    }

    /// <summary>0 id, 1 CURIE, 2 name, 3 alias (the store matched it somehow, so alias is the rest).</summary>
    private static int Level(Entity entity, string reference) =>
        string.Equals(entity.Id, reference, StringComparison.OrdinalIgnoreCase) ? 0
        : entity.Xrefs.Any(x => string.Equals(x, reference, StringComparison.OrdinalIgnoreCase)) ? 1
        : string.Equals(entity.Name, reference, StringComparison.OrdinalIgnoreCase) ? 2
        : 3;

    /// <summary>Curated entities have slug ids; imported ones keep their CURIE as id.</summary>
    private static string SourceOf(Entity entity) => CurieSyntax.Check(entity.Id) is null ? "imported" : "curated";

    /// <summary>
    /// Up to <paramref name="count"/> entity names for the text, best first (exact, prefix, later word, substring, then a
    /// few edits; see <see cref="EntitySearchIndex.Rank"/>), from the labels' index rather than a walk over every label.
    /// </summary>
    public async Task<IReadOnlyList<string>> SuggestAsync(string text, int count, CancellationToken cancellationToken = default) =>
        (await catalog.LabelSearchAsync(cancellationToken)).SuggestNames(text, count);
}
