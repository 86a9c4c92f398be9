using MechanismGraph.Biolink;
using MechanismGraph.Model;

namespace MechanismGraph.Import;

/// <summary>
/// Gives an imported node the most specific of its Biolink categories (<see cref="BiolinkModel.MostSpecific"/>; order
/// never matters) as its kind, named after the class (<c>biolink:SmallMolecule</c> → <c>SmallMolecule</c>). Curated kinds
/// are never reused for imported nodes: a curated kind names its own Biolink class, so where a curated kind's id equals a
/// class name but names another class (<c>Disease</c> is <c>biolink:DiseaseOrPhenotypicFeature</c>), the imported kind
/// is the class CURIE (<c>biolink:Disease</c>). No category at all means <c>biolink:NamedThing</c>, as KGX reads it.
/// </summary>
internal sealed class KindMapper
{
    public const string DefaultCategory = "biolink:NamedThing";

    private readonly BiolinkModel _model = BiolinkModel.Instance;
    private readonly Dictionary<string, EntityKind> _vocabulary;
    private readonly Dictionary<string, EntityKind> _created = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _mostSpecific = new(StringComparer.Ordinal);

    public KindMapper(IReadOnlyList<EntityKind> vocabulary) => _vocabulary = vocabulary.ToDictionary(k => k.Id, StringComparer.Ordinal);

    /// <summary>Kinds of imported nodes and the number of nodes of each.</summary>
    public Dictionary<string, int> NewKinds { get; } = new(StringComparer.Ordinal);

    public IEnumerable<EntityKind> Created => _created.Values.Where(k => !_vocabulary.ContainsKey(k.Id)).OrderBy(k => k.Id, StringComparer.Ordinal);

    /// <summary>The category a node's categories reduce to, or null with a reason when none is a Biolink class.</summary>
    public string? Category(IReadOnlyCollection<string> categories, out string? problem)
    {
        problem = null;
        if (categories.Count == 0) return DefaultCategory;
        // Tens of thousands of nodes share a few category lists: each list is reduced once.
        var key = categories.Count == 1 ? categories.First() : string.Join('|', categories);
        if (!_mostSpecific.TryGetValue(key, out var known)) _mostSpecific[key] = known = _model.MostSpecific(categories);
        if (known is not null) return known;
        problem = $"no category of '{string.Join('|', categories)}' is a Biolink {_model.Version} class";
        return null;
    }

    /// <summary>The kind id for a Biolink class, created on first use and counted.</summary>
    public string Kind(string category)
    {
        if (!_created.TryGetValue(category, out var kind))
        {
            var local = category[(category.IndexOf(':') + 1)..];
            var id = _vocabulary.TryGetValue(local, out var curated) && curated.BiolinkCategory != category ? category : local;
            kind = _vocabulary.TryGetValue(id, out var same) ? same : new EntityKind(id, $"Biolink class {category} (imported nodes).", category);
            _created[category] = kind;
        }
        NewKinds[kind.Id] = NewKinds.GetValueOrDefault(kind.Id) + 1;
        return kind.Id;
    }
}
