using System.Security.Cryptography;
using System.Text.Json;
using MechanismGraph.Model;

namespace MechanismGraph.Graph;

/// <summary>
/// The immutable, indexed in-memory graph: entities by id, by case-insensitive label and CURIE,
/// relations by id, by predicate, and as outgoing / incoming adjacency.
/// </summary>
public sealed class KnowledgeGraph
{
    // Plain dictionaries: at millions of relations a FrozenDictionary's build cost dominates start-up for no measurable lookup gain.
    private readonly Entity[] _entityList;
    private readonly Dictionary<string, int> _entityIndex;
    private readonly Dictionary<string, string[]> _byReference;
    private readonly RelationColumns _relations;
    private readonly Dictionary<string, int[]> _byPredicate;
    private readonly Lazy<string> _contentHash;

    public KnowledgeGraph(
        IEnumerable<EntityKind> kinds,
        IEnumerable<Predicate> predicates,
        IEnumerable<Entity> entities,
        IEnumerable<Document> documents,
        IEnumerable<Relation> relations)
        : this(kinds, predicates, entities, documents, Gather(relations))
    {
    }

    /// <summary>A graph over relations gathered as columns (imports write them so; no record per relation is kept).</summary>
    internal KnowledgeGraph(
        IEnumerable<EntityKind> kinds,
        IEnumerable<Predicate> predicates,
        IEnumerable<Entity> entities,
        IEnumerable<Document> documents,
        RelationColumnsBuilder relations)
        : this(kinds, predicates, entities, documents, entityIndex => RelationColumns.Build(relations, entityIndex))
    {
    }

    /// <summary>A graph over finished columns whose entity numbers follow the entities' id order (a snapshot's).</summary>
    internal KnowledgeGraph(
        IEnumerable<EntityKind> kinds,
        IEnumerable<Predicate> predicates,
        IEnumerable<Entity> entities,
        IEnumerable<Document> documents,
        RelationColumns relations)
        : this(kinds, predicates, entities, documents, _ => relations)
    {
    }

    private KnowledgeGraph(
        IEnumerable<EntityKind> kinds,
        IEnumerable<Predicate> predicates,
        IEnumerable<Entity> entities,
        IEnumerable<Document> documents,
        Func<IReadOnlyDictionary<string, int>, RelationColumns> relations)
    {
        Kinds = SortedById(kinds, k => k.Id);
        Predicates = SortedById(predicates, p => p.Id);
        _entityList = SortedById(entities, e => e.Id);
        Entities = _entityList;
        Documents = SortedById(documents, d => d.Id);

        _entityIndex = new Dictionary<string, int>(_entityList.Length, StringComparer.Ordinal);
        for (var i = 0; i < _entityList.Length; i++) _entityIndex.Add(_entityList[i].Id, i);
        _byReference = Entities
            .SelectMany(e => e.References.Select(label => (label, e.Id)))
            .GroupBy(x => x.label, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Id).Distinct().ToArray(), StringComparer.OrdinalIgnoreCase);
        _relations = relations(_entityIndex);
        Relations = new LazyRelationList(this, null);
        foreach (var payload in _relations.Payload) EvidenceCount += _relations.Templates[payload].Evidence.Count;
        Topology = GraphTopology.Build(_relations, _entityList.Length, Predicates);
        _byPredicate = GroupByPredicate(_relations);
        PredicatesById = Predicates.ToDictionary(p => p.Id, StringComparer.Ordinal);
        KindsById = Kinds.ToDictionary(k => k.Id, StringComparer.Ordinal);
        DocumentsById = Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _contentHash = new Lazy<string>(ComputeHash);
    }

    /// <summary>Every list is sorted by id (ordinal), so iteration order is stable.</summary>
    public IReadOnlyList<EntityKind> Kinds { get; }
    public IReadOnlyList<Predicate> Predicates { get; }
    public IReadOnlyList<Entity> Entities { get; }
    public IReadOnlyList<Document> Documents { get; }
    /// <summary>Every relation, as a list whose records are built when read (the graph holds columns, not records).</summary>
    public IReadOnlyList<Relation> Relations { get; }

    public int RelationCount => _relations.Count;

    /// <summary>Relations whose predicate is causal (followed by default), counted per predicate without building records.</summary>
    public int CausalRelationCount => Predicates.Where(p => p.IsCausal).Sum(p => _byPredicate.TryGetValue(p.Id, out var ids) ? ids.Length : 0);

    /// <summary>The relation columns: what imports extend and snapshots write.</summary>
    internal RelationColumns Columns => _relations;

    public IReadOnlyDictionary<string, Predicate> PredicatesById { get; }
    public IReadOnlyDictionary<string, EntityKind> KindsById { get; }
    public IReadOnlyDictionary<string, Document> DocumentsById { get; }

    /// <summary>
    /// SHA-256 of the graph's canonical JSON: equal content, equal hash. Computed on first use (serialising millions of
    /// relations takes seconds, and most hosts never ask).
    /// </summary>
    public string ContentHash => _contentHash.Value;

    public int EvidenceCount { get; }

    /// <summary>The graph's shape over dense integer ids: what searches walk.</summary>
    public GraphTopology Topology { get; }

    public Entity? Entity(string id) => _entityIndex.TryGetValue(id, out var index) ? _entityList[index] : null;

    /// <summary>The dense id of an entity (its position in <see cref="Entities"/>), or -1.</summary>
    public int EntityIndex(string id) => _entityIndex.GetValueOrDefault(id, -1);

    /// <summary>The entity with this dense id.</summary>
    public Entity EntityAt(int index) => _entityList[index];

    /// <summary>The relation with this dense id (its position in <see cref="Relations"/>), built on demand.</summary>
    public Relation RelationAt(int index) => _relations.RelationAt(index, _entityList);

    /// <summary>Binary search over the id-sorted relation ids: no per-relation dictionary to build or hold.</summary>
    public Relation? Relation(string id) => _relations.Find(id) is >= 0 and var index ? RelationAt(index) : null;

    /// <summary>Entities whose id, name, alias or CURIE equals the reference, ignoring case.</summary>
    public IReadOnlyList<Entity> Resolve(string reference) =>
        _byReference.TryGetValue(reference.Trim(), out var ids) ? ids.Select(id => Entity(id)!).ToArray() : [];

    /// <summary>The relations leaving the entity, in id order (a fresh array).</summary>
    public IReadOnlyList<Relation> Outgoing(string entityId) => Array.ConvertAll(RelationIds(entityId, outgoing: true), RelationAt);

    /// <summary>The relations entering the entity, in id order (a fresh array).</summary>
    public IReadOnlyList<Relation> Incoming(string entityId) => Array.ConvertAll(RelationIds(entityId, outgoing: false), RelationAt);

    /// <summary>Dense ids of the relations leaving (or entering) the entity, in id order; empty for an unknown entity.</summary>
    internal int[] RelationIds(string entityId, bool outgoing) =>
        !_entityIndex.TryGetValue(entityId, out var e) ? []
        : outgoing ? RelationRow.InIdOrder(Topology.OutRelation, Topology.OutStart[e], Topology.OutDegree(e))
        : RelationRow.InIdOrder(Topology.InRelation, Topology.InStart[e], Topology.InDegree(e));

    /// <summary>The predicate id of the relation with this dense id, without building its record.</summary>
    internal string PredicateIdAt(int index) => _relations.PredicateId(index);

    /// <summary>The relations with this predicate, in id order, as a list whose records are built when read.</summary>
    public IReadOnlyList<Relation> WithPredicate(string predicateId) =>
        _byPredicate.TryGetValue(predicateId, out var indices) ? new LazyRelationList(this, indices) : [];

    public Sign SignOf(Relation relation) => PredicatesById[relation.PredicateId].Sign;

    private static T[] SortedById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var array = items.ToArray();
        return Array.ConvertAll(IdOrder.Of(array.Length, (x, y) => string.CompareOrdinal(id(array[x]), id(array[y]))), i => array[i]);
    }

    private static RelationColumnsBuilder Gather(IEnumerable<Relation> relations)
    {
        var builder = new RelationColumnsBuilder();
        foreach (var relation in relations) builder.Add(relation);
        return builder;
    }

    /// <summary>Relation ids by predicate, each group in id order; sized exactly, two passes.</summary>
    private static Dictionary<string, int[]> GroupByPredicate(RelationColumns relations)
    {
        var counts = new int[relations.PredicateIds.Count];
        for (var r = 0; r < relations.Count; r++) counts[relations.PredicateIndex(r)]++;
        var groups = new int[counts.Length][];
        for (var p = 0; p < counts.Length; p++) groups[p] = new int[counts[p]];
        var filled = new int[counts.Length];
        for (var r = 0; r < relations.Count; r++)
        {
            var p = relations.PredicateIndex(r);
            groups[p][filled[p]++] = r;
        }
        var byId = new Dictionary<string, int[]>(counts.Length, StringComparer.Ordinal);
        for (var p = 0; p < counts.Length; p++) byId.Add(relations.PredicateIds[p], groups[p]);
        return byId;
    }

    private string ComputeHash()
    {
        // Streamed through the hash, so a large graph never exists as one JSON buffer.
        using var sha = SHA256.Create();
        using (var hashing = new CryptoStream(Stream.Null, sha, CryptoStreamMode.Write))
            JsonSerializer.Serialize(hashing, new { Kinds, Predicates, Entities, Documents, Relations });
        return Convert.ToHexStringLower(sha.Hash!);
    }
}
