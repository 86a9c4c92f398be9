using MechanismGraph.Model;
using MechanismGraph.Seed;
using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>Turns a user's reference (id, name, alias or CURIE) into one entity, or a NOT_FOUND / AMBIGUOUS error.</summary>
public sealed class EntityResolver(IGraphStore store, StoreCatalog catalog)
{
    public async Task<Entity> ResolveAsync(string reference, string argument, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reference))
            throw MechanismGraphException.BadInput(argument, $"{argument} must name an entity (an id, name, alias or CURIE)");
        var matches = await store.FindEntitiesAsync(reference.Trim(), cancellationToken);
        switch (matches.Count)
        {
            case 1: return matches[0];
            case 0:
                var suggestions = await SuggestAsync(reference, 3, cancellationToken);
                var hint = suggestions.Count > 0 ? $"; did you mean {string.Join(", ", suggestions.Select(s => $"'{s}'"))}?" : "";
                throw new MechanismGraphException(ErrorCodes.NotFound, $"No entity matches {argument} '{reference}'{hint}",
                    new Dictionary<string, object> { ["argument"] = argument, ["suggestions"] = suggestions });
            default:
                var candidates = matches.Select(e => $"{e.Id} ({e.Name}, {e.Kind})").ToArray();
                throw new MechanismGraphException(ErrorCodes.Ambiguous,
                    $"{argument} '{reference}' matches {matches.Count} entities: {string.Join("; ", candidates)}; use an id",
                    new Dictionary<string, object> { ["argument"] = argument, ["candidates"] = matches.Select(e => e.Id).ToArray() });
        }
    }

    /// <summary>Up to <paramref name="count"/> entity names closest to the text: substring matches first, then edit distance.</summary>
    public async Task<IReadOnlyList<string>> SuggestAsync(string text, int count, CancellationToken cancellationToken = default)
    {
        var wanted = text.Trim().ToLowerInvariant();
        var labels = await catalog.EntityLabelsAsync(cancellationToken);
        return labels
            .Select(e =>
            {
                // Scoring every label of a large graph takes long: a cancelled request (timeout, client gone) stops here.
                cancellationToken.ThrowIfCancellationRequested();
                return (e.Name, Score: e.Aliases.Prepend(e.Name).Append(e.Id).Min(label => Distance(wanted, label.ToLowerInvariant())));
            })
            .Where(x => x.Score <= Math.Max(3, wanted.Length / 3))
            .OrderBy(x => x.Score).ThenBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
            .Take(count)
            .Select(x => x.Name)
            .ToArray();
    }

    // A label that contains (or is contained in) the text is a near miss, e.g. "nmda" for "NMDA receptor".
    private static int Distance(string wanted, string label) =>
        wanted.Length >= 3 && (label.Contains(wanted) || wanted.Contains(label)) ? 1 : EditDistance.Between(wanted, label);
}
