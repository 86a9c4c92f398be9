using MechanismGraph.Biolink;
using MechanismGraph.Model;

namespace MechanismGraph.Import;

/// <summary>
/// Maps a KGX edge's predicate and qualifiers to a predicate, never merging two distinct predicate CURIEs:
/// 0. a legacy predicate of the model's <c>predicate_mapping.yaml</c> (<c>biolink:increases_activity_of</c>) is read as its predicate + qualifiers;
/// 1. the vocabulary predicate whose Biolink mapping is exactly these five values (first by id when several share one);
/// 2. a causal predicate with an increased/upregulated (decreased/downregulated) direction: the vocabulary's general
///    predicate for that Biolink predicate and direction (<c>biolink:affects</c> + increased → <c>increases</c>);
/// 3. without a direction, the first vocabulary predicate (by id) with the same Biolink predicate (<c>biolink:part_of</c> → <c>part_of</c>);
/// 4. otherwise a predicate of its own: named after the Biolink predicate (<c>regulates</c>, <c>regulates_increased</c>) or,
///    outside Biolink, the CURIE itself (<c>RO:0002434</c>). Its group decides: causal (sign from the direction, else
///    UNKNOWN; followed by default), association or similarity (sign UNKNOWN, followed only when named), anything else
///    (sign NONE). A predicate outside Biolink is non-causal unless a mapping file maps it to a Biolink predicate.
/// </summary>
internal sealed class PredicateMapper
{
    private const string GeneralAspect = "activity_or_abundance";

    private readonly BiolinkModel _model = BiolinkModel.Instance;
    private readonly Dictionary<(string, string?, string?, string?, string?), Predicate> _exact = [];
    private readonly Dictionary<string, Predicate> _undirected = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, Sign), Predicate> _directed = [];
    private readonly Dictionary<string, Predicate> _byId;
    private readonly Dictionary<(string, string?, string?, string?, string?), Predicate> _cache = [];
    private readonly HashSet<Predicate> _created = new(ReferenceEqualityComparer.Instance);
    private readonly IReadOnlyDictionary<string, string> _mappedToBiolink;

    /// <param name="mappedToBiolink">Predicates outside Biolink that a mapping file declares equal to a Biolink predicate.</param>
    public PredicateMapper(IReadOnlyList<Predicate> vocabulary, IReadOnlyDictionary<string, string> mappedToBiolink)
    {
        _mappedToBiolink = mappedToBiolink;
        _byId = vocabulary.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var p in vocabulary.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            // The curated context link says more than subclass_of (the explainer reads it as "a context-specific form"):
            // an imported ontology edge must never become one.
            if (p.Id == Predicate.SpecialisesId) continue;
            var b = p.Biolink;
            _exact.TryAdd((b.Predicate, b.QualifiedPredicate, b.ObjectAspectQualifier, b.ObjectDirectionQualifier, b.CausalMechanismQualifier), p);
            if (b.ObjectDirectionQualifier is null) _undirected.TryAdd(b.Predicate, p);
            else if (b.ObjectAspectQualifier == GeneralAspect && b.CausalMechanismQualifier is null && DirectionSign(b.ObjectDirectionQualifier) is { } sign)
                _directed.TryAdd((b.Predicate, sign), p);
        }
    }

    /// <summary>Edges per predicate CURIE that got a predicate of its own (outside the vocabulary).</summary>
    public Dictionary<string, int> Unknown { get; } = new(StringComparer.Ordinal);

    /// <summary>Edges per predicate CURIE that the Biolink Model does not define.</summary>
    public Dictionary<string, int> NotBiolink { get; } = new(StringComparer.Ordinal);

    /// <summary>Every predicate created by <see cref="Map"/> (not in the vocabulary), by id.</summary>
    public IEnumerable<Predicate> Created => _created.OrderBy(p => p.Id, StringComparer.Ordinal);

    public Predicate Map(string predicate, string? qualifiedPredicate, string? aspect, string? direction, string? mechanism)
    {
        var key = (predicate, qualifiedPredicate, aspect, direction, mechanism);
        if (!_cache.TryGetValue(key, out var mapped)) _cache[key] = mapped = Resolve(key);
        if (_created.Contains(mapped)) Unknown[predicate] = Unknown.GetValueOrDefault(predicate) + 1;
        if (_model.Predicate(predicate) is null && _model.Legacy(predicate) is null) NotBiolink[predicate] = NotBiolink.GetValueOrDefault(predicate) + 1;
        return mapped;
    }

    private Predicate Resolve((string Predicate, string? Qualified, string? Aspect, string? Direction, string? Mechanism) key)
    {
        if (_model.Legacy(key.Predicate) is { } legacy && key is { Qualified: null, Aspect: null, Direction: null, Mechanism: null })
            key = (legacy.Predicate, legacy.QualifiedPredicate, legacy.ObjectAspectQualifier, legacy.ObjectDirectionQualifier, legacy.CausalMechanismQualifier);
        if (_exact.TryGetValue(key, out var exact)) return exact;
        var meaning = _model.Predicate(key.Predicate) is not null ? key.Predicate : _mappedToBiolink.GetValueOrDefault(key.Predicate);
        var group = meaning is null ? PredicateGroup.NotBiolink : _model.GroupOf(meaning);
        var sign = group == PredicateGroup.Causal ? DirectionSign(key.Direction) : null;
        if (sign is { } s && _directed.TryGetValue((key.Predicate, s), out var directed)) return directed;
        if (key.Direction is null && _undirected.TryGetValue(key.Predicate, out var undirected)) return undirected;
        return Create(key.Predicate, meaning, group, sign);
    }

    private Predicate Create(string curie, string? meaning, PredicateGroup group, Sign? direction)
    {
        var biolink = curie.StartsWith("biolink:", StringComparison.Ordinal) && group != PredicateGroup.NotBiolink;
        var local = biolink ? curie["biolink:".Length..] : curie;
        var id = direction switch { Sign.Increases => local + "_increased", Sign.Decreases => local + "_decreased", _ => local };
        if (_byId.TryGetValue(id, out var existing))
        {
            if (_created.Contains(existing)) return existing;
            id = "imported_" + id; // a vocabulary id naming another Biolink predicate keeps its meaning
            if (_byId.TryGetValue(id, out existing)) return existing;
        }
        var phraseGroup = meaning is null ? PredicateGroup.NotBiolink : group;
        var phrase = PredicatePhrases.Of(meaning is not null && !biolink ? meaning : curie, phraseGroup);
        var inverse = PredicatePhrases.InverseOf(meaning ?? curie, phraseGroup, _model);
        if (direction is { } d) phrase = $"{phrase} ({(d == Sign.Increases ? "increasing" : "decreasing")} it)";
        var (sign, causal, what) = group switch
        {
            PredicateGroup.Causal => (direction ?? Sign.Unknown, true, direction is null ? "causal, direction not stated" : "causal, direction from its qualifier"),
            PredicateGroup.Association or PredicateGroup.Similarity => (Sign.Unknown, false, $"{group.ToString().ToLowerInvariant()}: followed only when a query names it"),
            PredicateGroup.NotBiolink => (Sign.None, false, "outside the Biolink Model: not causal"),
            _ => (Sign.None, false, $"{Describe(group)}: not causal"),
        };
        var mappedNote = meaning is not null && meaning != curie ? $" (mapped to {meaning})" : "";
        var created = new Predicate(id, sign, phrase, inverse, $"Imported predicate {curie}{mappedNote}: {what}.", 
            new BiolinkMapping(curie, ObjectDirectionQualifier: direction switch { Sign.Increases => "increased", Sign.Decreases => "decreased", _ => null }), causal);
        _byId[id] = created;
        _created.Add(created);
        return created;
    }

    private static string Describe(PredicateGroup group) => group switch
    {
        PredicateGroup.ReverseCausal => "the object acts on the subject",
        PredicateGroup.Ontology => "an ontology link",
        PredicateGroup.Location => "a location",
        _ => "neither causal nor an association",
    };

    private static Sign? DirectionSign(string? direction) => direction switch
    {
        "increased" or "upregulated" => Sign.Increases,
        "decreased" or "downregulated" => Sign.Decreases,
        _ => null,
    };
}
