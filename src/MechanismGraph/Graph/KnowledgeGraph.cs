using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MechanismGraph.Model;

namespace MechanismGraph.Graph;

/// <summary>
/// The immutable, indexed in-memory graph: entities by id, by case-insensitive label and CURIE,
/// relations by id, by predicate, and as outgoing / incoming adjacency.
/// </summary>
public sealed class KnowledgeGraph
{
    private readonly FrozenDictionary<string, Entity> _entities;
    private readonly FrozenDictionary<string, string[]> _byReference;
    private readonly FrozenDictionary<string, Relation> _relations;
    private readonly FrozenDictionary<string, Relation[]> _outgoing;
    private readonly FrozenDictionary<string, Relation[]> _incoming;
    private readonly FrozenDictionary<string, Relation[]> _byPredicate;

    public KnowledgeGraph(
        IEnumerable<EntityKind> kinds,
        IEnumerable<Predicate> predicates,
        IEnumerable<Entity> entities,
        IEnumerable<Document> documents,
        IEnumerable<Relation> relations)
    {
        Kinds = kinds.OrderBy(k => k.Id, StringComparer.Ordinal).ToArray();
        Predicates = predicates.OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();
        Entities = entities.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        Documents = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        Relations = relations.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();

        _entities = Entities.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        _byReference = Entities
            .SelectMany(e => e.Labels.Concat(e.Xrefs).Append(e.Id).Select(label => (label, e.Id)))
            .GroupBy(x => x.label, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Id).Distinct().ToArray(), StringComparer.OrdinalIgnoreCase);
        _relations = Relations.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        _outgoing = Relations.GroupBy(r => r.SubjectId).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _incoming = Relations.GroupBy(r => r.ObjectId).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byPredicate = Relations.GroupBy(r => r.PredicateId).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        PredicatesById = Predicates.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        KindsById = Kinds.ToFrozenDictionary(k => k.Id, StringComparer.Ordinal);
        DocumentsById = Documents.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
        ContentHash = ComputeHash();
    }

    /// <summary>Every list is sorted by id (ordinal), so iteration order is stable.</summary>
    public IReadOnlyList<EntityKind> Kinds { get; }
    public IReadOnlyList<Predicate> Predicates { get; }
    public IReadOnlyList<Entity> Entities { get; }
    public IReadOnlyList<Document> Documents { get; }
    public IReadOnlyList<Relation> Relations { get; }

    public IReadOnlyDictionary<string, Predicate> PredicatesById { get; }
    public IReadOnlyDictionary<string, EntityKind> KindsById { get; }
    public IReadOnlyDictionary<string, Document> DocumentsById { get; }

    /// <summary>SHA-256 of the graph's canonical JSON: equal content, equal hash.</summary>
    public string ContentHash { get; }

    public int EvidenceCount => Relations.Sum(r => r.Evidence.Count);

    public Entity? Entity(string id) => _entities.GetValueOrDefault(id);

    public Relation? Relation(string id) => _relations.GetValueOrDefault(id);

    /// <summary>Entities whose id, name, alias or CURIE equals the reference, ignoring case.</summary>
    public IReadOnlyList<Entity> Resolve(string reference) =>
        _byReference.TryGetValue(reference.Trim(), out var ids) ? ids.Select(id => _entities[id]).ToArray() : [];

    public IReadOnlyList<Relation> Outgoing(string entityId) => _outgoing.GetValueOrDefault(entityId) ?? [];

    public IReadOnlyList<Relation> Incoming(string entityId) => _incoming.GetValueOrDefault(entityId) ?? [];

    public IReadOnlyList<Relation> WithPredicate(string predicateId) => _byPredicate.GetValueOrDefault(predicateId) ?? [];

    public Sign SignOf(Relation relation) => PredicatesById[relation.PredicateId].Sign;

    private string ComputeHash()
    {
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new { Kinds, Predicates, Entities, Documents, Relations });
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }
}
