using MechanismGraph.Model;

namespace MechanismGraph.Import;

/// <summary>
/// Maps a node's Biolink categories to a kind: the first category that is some vocabulary kind's Biolink category
/// (vocabulary.yaml's <c>biolink</c> column); otherwise a new kind named after the first category's local name
/// (<c>biolink:Gene</c> → <c>Gene</c>), added to the kinds and reported. No category at all means <c>biolink:NamedThing</c>.
/// </summary>
internal sealed class KindMapper
{
    private readonly Dictionary<string, string> _byCategory = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known;
    private readonly Dictionary<string, EntityKind> _created = new(StringComparer.Ordinal);

    public KindMapper(IReadOnlyList<EntityKind> vocabulary)
    {
        foreach (var kind in vocabulary.OrderBy(k => k.Id, StringComparer.Ordinal)) _byCategory.TryAdd(kind.BiolinkCategory, kind.Id);
        _known = vocabulary.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Categories outside the vocabulary and the number of nodes imported under each.</summary>
    public Dictionary<string, int> NewKinds { get; } = new(StringComparer.Ordinal);

    public IEnumerable<EntityKind> Created => _created.Values.OrderBy(k => k.Id, StringComparer.Ordinal);

    /// <summary>The kind id for these categories, or null with a reason when a category is not a Biolink CURIE.</summary>
    public string? Map(IReadOnlyList<string> categories, out string? problem)
    {
        problem = null;
        foreach (var category in categories)
            if (_byCategory.TryGetValue(category, out var known))
            {
                if (_created.ContainsKey(known)) NewKinds[category] = NewKinds.GetValueOrDefault(category) + 1;
                return known;
            }
        var first = categories.Count > 0 ? categories[0] : "biolink:NamedThing";
        var local = first.StartsWith("biolink:", StringComparison.Ordinal) ? first["biolink:".Length..] : "";
        if (local.Length == 0 || !char.IsAsciiLetterUpper(local[0]) || !local.All(char.IsAsciiLetter))
        {
            problem = $"category '{first}' is not a Biolink category (biolink:CamelCase)";
            return null;
        }
        var id = _known.Contains(local) && !_created.ContainsKey(local) ? "Imported" + local : local;
        if (!_created.ContainsKey(id))
        {
            _created[id] = new EntityKind(id, $"Imported Biolink category {first}.", first);
            _byCategory[first] = id;
        }
        NewKinds[first] = NewKinds.GetValueOrDefault(first) + 1;
        return id;
    }
}
