using System.Text.Json;
using MechanismGraph.Model;

namespace MechanismGraph.Biolink;

/// <summary>
/// The Biolink Model (the version vendored in <c>third_party/biolink-model</c>) as data: its predicate and class
/// hierarchies, prefix map and legacy predicate mappings, read from <c>biolink-model.json</c>, which
/// <c>scripts/refresh-biolink.py</c> extracts from the model's YAML without interpreting it. What is causal, and which
/// category is most specific, is derived here from the hierarchy alone (see <see cref="CausalRoots"/>).
/// </summary>
public sealed class BiolinkModel
{
    /// <summary>Predicates whose descendants (and themselves) are causal: the subject changes the object.</summary>
    public static readonly IReadOnlyList<string> CausalRoots =
        ["affects", "contributes_to", "treats", "acts_upstream_of", "affects_likelihood_of", "affects_sensitivity_to",
         "increases_amount_or_activity_of", "decreases_amount_or_activity_of"];

    // The other groups, each by the predicates it descends from; the nearest listed ancestor decides.
    private static readonly Dictionary<string, PredicateGroup> GroupRoots = new(StringComparer.Ordinal)
    {
        ["related_to"] = PredicateGroup.Association,
        ["related_to_at_instance_level"] = PredicateGroup.Other,
        ["associated_with"] = PredicateGroup.Association,
        ["similar_to"] = PredicateGroup.Similarity,
        ["related_to_at_concept_level"] = PredicateGroup.Ontology,
        ["located_in"] = PredicateGroup.Location,
        ["location_of"] = PredicateGroup.Location,
        ["occurs_in"] = PredicateGroup.Location,
        ["contains_process"] = PredicateGroup.Location,
        ["disease_has_location"] = PredicateGroup.Location,
        ["location_of_disease"] = PredicateGroup.Location,
    };

    private static readonly Lazy<BiolinkModel> Vendored = new(Load);

    private readonly Dictionary<string, BiolinkPredicate> _predicates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClassEntry> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BiolinkMapping> _legacy = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, string Iri)> _prefixes = [];

    private BiolinkModel(JsonElement root)
    {
        Version = root.GetProperty("version").GetString()!;
        var raw = root.GetProperty("predicates").EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var inverses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, slot) in raw)
            if (Text(slot, "inverse") is { } inverse) { inverses[name] = inverse; inverses.TryAdd(inverse, name); }
        var causal = CausalRoots.ToHashSet(StringComparer.Ordinal);
        var reverseCausal = CausalRoots.Select(r => inverses.GetValueOrDefault(r)).OfType<string>().Append("contribution_from").ToHashSet(StringComparer.Ordinal);
        foreach (var (name, slot) in raw)
        {
            var group = PredicateGroup.Other;
            for (var at = name; at is not null; at = raw.TryGetValue(at, out var s) ? Text(s, "is_a") : null)
            {
                if (causal.Contains(at)) { group = PredicateGroup.Causal; break; }
                if (reverseCausal.Contains(at)) { group = PredicateGroup.ReverseCausal; break; }
                if (GroupRoots.TryGetValue(at, out var g)) { group = g; break; }
            }
            _predicates[Curie(name)] = new BiolinkPredicate(Curie(name), Text(slot, "is_a") is { } parent ? Curie(parent) : null, group,
                inverses.TryGetValue(name, out var inv) ? Curie(inv) : null, slot.GetProperty("symmetric").GetBoolean(), slot.GetProperty("deprecated").GetBoolean());
        }
        foreach (var c in root.GetProperty("classes").EnumerateObject())
            _classes[Curie(c.Name)] = new ClassEntry(Text(c.Value, "is_a") is { } p ? Curie(p) : null,
                c.Value.GetProperty("mixins").EnumerateArray().Select(m => Curie(m.GetString()!)).ToArray());
        foreach (var m in root.GetProperty("legacy_predicates").EnumerateObject())
            _legacy[Curie(m.Name)] = new BiolinkMapping(Curie(Text(m.Value, "predicate")!), Text(m.Value, "qualified_predicate") is { } q ? Curie(q) : null,
                Text(m.Value, "object_aspect_qualifier"), Text(m.Value, "object_direction_qualifier"), Text(m.Value, "causal_mechanism_qualifier"));
        foreach (var p in root.GetProperty("prefixes").EnumerateObject()) _prefixes.Add((p.Name, p.Value.GetString()!));
        // Longest namespace first, so http://purl.obolibrary.org/obo/CHEBI_ beats http://purl.obolibrary.org/obo/.
        _prefixes.Sort((a, b) => b.Iri.Length.CompareTo(a.Iri.Length));
    }

    /// <summary>The vendored model, read once.</summary>
    public static BiolinkModel Instance => Vendored.Value;

    /// <summary>The model's version, e.g. 4.4.4.</summary>
    public string Version { get; }

    public IEnumerable<BiolinkPredicate> Predicates => _predicates.Values;

    /// <summary>The predicate, or null when the model does not define it (any CURIE outside <c>biolink:</c>, or an unknown name).</summary>
    public BiolinkPredicate? Predicate(string curie) => _predicates.GetValueOrDefault(curie);

    /// <summary>The group of a predicate; <see cref="PredicateGroup.NotBiolink"/> for predicates the model does not define.</summary>
    public PredicateGroup GroupOf(string curie) => Predicate(curie)?.Group ?? PredicateGroup.NotBiolink;

    /// <summary>A legacy predicate of <c>predicate_mapping.yaml</c> (e.g. <c>biolink:increases_activity_of</c>) as predicate + qualifiers.</summary>
    public BiolinkMapping? Legacy(string curie) => _legacy.GetValueOrDefault(curie);

    public bool IsClass(string curie) => _classes.ContainsKey(curie);

    /// <summary>
    /// The most specific of these categories: the known classes that are no other one's ancestor (by is_a or mixin), and
    /// among several such the deepest, then the first by name, so neither row order nor category order matters. Null when
    /// none is a Biolink class.
    /// </summary>
    public string? MostSpecific(IEnumerable<string> categories)
    {
        var known = categories.Where(IsClass).Distinct(StringComparer.Ordinal).ToArray();
        if (known.Length == 0) return null;
        var ancestors = known.SelectMany(Ancestors).ToHashSet(StringComparer.Ordinal);
        return known.Where(c => !ancestors.Contains(c))
            .OrderByDescending(Depth).ThenBy(c => c, StringComparer.Ordinal)
            .First();
    }

    /// <summary>Every proper ancestor of a class, by is_a and mixins.</summary>
    public IEnumerable<string> Ancestors(string curie)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([curie]);
        while (pending.TryPop(out var at))
            if (_classes.TryGetValue(at, out var entry))
                foreach (var parent in entry.Mixins.Prepend(entry.Parent).OfType<string>())
                    if (seen.Add(parent)) pending.Push(parent);
        return seen;
    }

    /// <summary>A full IRI as a CURIE with the model's prefix map (<c>http://purl.obolibrary.org/obo/MONDO_0005148</c> → <c>MONDO:0005148</c>), or null.</summary>
    public string? Contract(string iri)
    {
        foreach (var (prefix, namespaceIri) in _prefixes)
            if (iri.StartsWith(namespaceIri, StringComparison.Ordinal) && iri.Length > namespaceIri.Length)
                return $"{prefix}:{iri[namespaceIri.Length..]}";
        // OBO PURLs name the prefix in the IRI itself: .../obo/GO_0008150 → GO:0008150.
        const string Obo = "http://purl.obolibrary.org/obo/";
        if (iri.StartsWith(Obo, StringComparison.Ordinal) && iri[Obo.Length..] is var local && local.IndexOf('_') is > 0 and var underscore)
            return $"{local[..underscore]}:{local[(underscore + 1)..]}";
        return null;
    }

    private int Depth(string curie)
    {
        var depth = 0;
        for (var at = curie; _classes.TryGetValue(at, out var entry) && entry.Parent is { } parent; at = parent) depth++;
        return depth;
    }

    private static string Curie(string name) => "biolink:" + name;

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static BiolinkModel Load()
    {
        using var stream = typeof(BiolinkModel).Assembly.GetManifestResourceStream("Biolink.biolink-model.json")
            ?? throw new InvalidOperationException("The Biolink model resource is missing from the assembly.");
        using var document = JsonDocument.Parse(stream);
        return new BiolinkModel(document.RootElement);
    }

    private sealed record ClassEntry(string? Parent, string[] Mixins);
}
