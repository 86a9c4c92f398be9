using MechanismGraph.Model;

namespace MechanismGraph.Import;

/// <summary>
/// Maps a KGX edge's Biolink predicate and qualifiers to a vocabulary predicate, in this order:
/// 1. the vocabulary predicate whose Biolink mapping is exactly these five values (first by id when several share one);
/// 2. an <c>object_direction_qualifier</c> of increased/upregulated → <c>increases</c>, decreased/downregulated → <c>decreases</c>;
/// 3. the first vocabulary predicate (by id) with the same Biolink predicate and no direction (e.g. <c>biolink:affects</c> → <c>affects</c>);
/// 4. otherwise a new predicate named after the Biolink predicate's local name with sign UNKNOWN, reported by the import.
/// </summary>
internal sealed class PredicateMapper
{
    private readonly Dictionary<(string, string?, string?, string?, string?), Predicate> _exact = [];
    private readonly Dictionary<string, Predicate> _undirected = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Predicate> _byId;
    private readonly Dictionary<(string, string?, string?, string?, string?), Predicate> _cache = [];

    public PredicateMapper(IReadOnlyList<Predicate> vocabulary)
    {
        _byId = vocabulary.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var p in vocabulary.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            var b = p.Biolink;
            _exact.TryAdd((b.Predicate, b.QualifiedPredicate, b.ObjectAspectQualifier, b.ObjectDirectionQualifier, b.CausalMechanismQualifier), p);
            if (b.ObjectDirectionQualifier is null) _undirected.TryAdd(b.Predicate, p);
        }
    }

    /// <summary>Predicates created for Biolink predicates outside the vocabulary, with the number of edges using each.</summary>
    public Dictionary<string, int> Unknown { get; } = new(StringComparer.Ordinal);

    /// <summary>Every predicate created by <see cref="Map"/> (not in the vocabulary), by id.</summary>
    public IEnumerable<Predicate> Created => _created.OrderBy(p => p.Id, StringComparer.Ordinal);

    private readonly HashSet<Predicate> _created = new(ReferenceEqualityComparer.Instance);

    public Predicate Map(string predicate, string? qualifiedPredicate, string? aspect, string? direction, string? mechanism)
    {
        var key = (predicate, qualifiedPredicate, aspect, direction, mechanism);
        if (!_cache.TryGetValue(key, out var mapped)) _cache[key] = mapped = Resolve(key);
        if (_created.Contains(mapped)) Unknown[predicate] = Unknown.GetValueOrDefault(predicate) + 1;
        return mapped;
    }

    private Predicate Resolve((string Predicate, string? Qualified, string? Aspect, string? Direction, string? Mechanism) key)
    {
        if (_exact.TryGetValue(key, out var exact)) return exact;
        var byDirection = key.Direction switch
        {
            "increased" or "upregulated" => "increases",
            "decreased" or "downregulated" => "decreases",
            _ => null,
        };
        if (byDirection is not null && _byId.TryGetValue(byDirection, out var directed)) return directed;
        if (_undirected.TryGetValue(key.Predicate, out var undirected)) return undirected;

        var local = LocalName(key.Predicate);
        var id = _byId.TryGetValue(local, out var clash) && clash.Biolink.Predicate != key.Predicate ? $"imported_{local}" : local;
        if (_byId.TryGetValue(id, out var created)) return created;
        var phrase = local.Replace('_', ' ');
        created = new Predicate(id, Sign.Unknown, phrase, $"is the object of '{phrase}' from",
            $"Imported Biolink predicate {key.Predicate}, outside the vocabulary: causal direction unknown.", new BiolinkMapping(key.Predicate));
        _byId[id] = created;
        _created.Add(created);
        return created;
    }

    /// <summary><c>biolink:treats_or_applied_or_studied_to_treat</c> → <c>treats_or_applied_or_studied_to_treat</c>, lower case, letters and underscores only.</summary>
    private static string LocalName(string curie)
    {
        var local = curie[(curie.IndexOf(':') + 1)..].ToLowerInvariant();
        var cleaned = new string(local.Select(c => c is >= 'a' and <= 'z' ? c : '_').ToArray()).Trim('_');
        while (cleaned.Contains("__", StringComparison.Ordinal)) cleaned = cleaned.Replace("__", "_", StringComparison.Ordinal);
        return cleaned.Length == 0 ? "related" : cleaned;
    }
}
