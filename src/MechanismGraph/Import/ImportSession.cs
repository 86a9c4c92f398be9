using MechanismGraph.Export;
using MechanismGraph.Graph;
using MechanismGraph.Model;
using MechanismGraph.Seed;

namespace MechanismGraph.Import;

/// <summary>The state of one import: what has been read so far, the id mapping onto the seed graph, and every problem.</summary>
internal sealed class ImportSession
{
    private static readonly string ProjectPrefix = ExportSettings.CuriePrefix + ":";

    private readonly KnowledgeGraph _seed;
    private readonly KgxImportOptions _options;
    private readonly KindMapper _kinds;
    private readonly PredicateMapper _predicates;
    private readonly Interner _strings = new();
    // Every reference an edge may use (imported node ids, seed project CURIEs and xrefs) → the entity id it names.
    private readonly Dictionary<string, string> _nodeIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _nodeLookup;
    private readonly Dictionary<string, int> _importedNodeLines = new(StringComparer.Ordinal);
    private readonly List<Entity> _entities = [];
    private readonly List<Relation> _relations = [];
    private readonly HashSet<string> _relationIds;
    private readonly Dictionary<string, Provenance> _bareProvenance = new(StringComparer.Ordinal);
    private readonly List<ImportProblem> _problems = [];
    private bool _unreadable;
    private int _mergedNodes;
    private int _mergedEdges;

    public ImportSession(KnowledgeGraph seed, KgxImportOptions options)
    {
        _seed = seed;
        _options = options;
        _kinds = new KindMapper(seed.Kinds);
        _predicates = new PredicateMapper(seed.Predicates);
        _nodeLookup = _nodeIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _relationIds = seed.Relations.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entity in seed.Entities) _nodeIds[ProjectPrefix + entity.Id] = entity.Id;
        // A CURIE listed by two curated entities names neither: such nodes are imported, not merged.
        foreach (var group in seed.Entities.SelectMany(e => e.Xrefs.Distinct().Select(x => (Xref: x, e.Id))).GroupBy(x => x.Xref, StringComparer.Ordinal))
            if (group.Count() == 1) _nodeIds.TryAdd(group.Key, group.First().Id);
    }

    public void ReadNodes(string path)
    {
        using var table = TsvTable.Open(path);
        int id = table.Column("id"), category = table.Column("category"), name = table.Column("name"),
            description = table.Column("description"), xref = table.Column("xref"), synonym = table.Column("synonym");
        if (id < 0) { Unreadable(table, "the header has no 'id' column (KGX nodes need id and category)"); return; }
        while (table.Next(out var malformed))
        {
            if (malformed is not null) { Problem(table, malformed); continue; }
            var nodeId = table.String(id);
            if (nodeId is null) { Problem(table, "missing node id"); continue; }
            if (CurieSyntax.Check(nodeId) is { } why) { Problem(table, $"bad CURIE: {why}"); continue; }
            var xrefs = table.List(xref);
            if (SeedEntity(nodeId, xrefs) is { } curated)
            {
                _nodeIds[nodeId] = curated;
                _mergedNodes++;
                continue;
            }
            if (_importedNodeLines.TryGetValue(nodeId, out var first)) { Problem(table, $"duplicate node id '{nodeId}' (first at line {first})"); continue; }
            var categories = table.List(category);
            if (_kinds.Map(categories, out var badCategory) is not { } kind) { Problem(table, badCategory!); continue; }
            _importedNodeLines[nodeId] = table.Line;
            _nodeIds[nodeId] = nodeId;
            var synonyms = table.List(synonym);
            _entities.Add(new Entity(nodeId, table.String(name) ?? nodeId, kind, synonyms, table.String(description) ?? "",
                xrefs.Length == 0 ? [nodeId] : xrefs.Prepend(nodeId).Distinct(StringComparer.Ordinal).ToArray()));
        }
    }

    public void ReadEdges(string path)
    {
        using var table = TsvTable.Open(path);
        var c = new EdgeColumns(table);
        if (c.Subject < 0 || c.Predicate < 0 || c.Object < 0)
        {
            Unreadable(table, "the header lacks subject, predicate or object (KGX edges need all three)");
            return;
        }
        while (table.Next(out var malformed))
        {
            if (malformed is not null) { Problem(table, malformed); continue; }
            if (Node(table, c.Subject, "subject") is not { } subject || Node(table, c.Object, "object") is not { } @object) continue;
            if (_strings.Intern(table.Span(c.Predicate)) is not { } biolink) { Problem(table, "missing predicate"); continue; }
            if (CurieSyntax.Check(biolink) is { } why) { Problem(table, $"bad predicate CURIE: {why}"); continue; }
            var edgeId = table.String(c.Id);
            if (edgeId is not null && edgeId.StartsWith(ProjectPrefix, StringComparison.Ordinal) && _seed.Relation(edgeId[ProjectPrefix.Length..]) is not null)
            {
                _mergedEdges++; // a curated relation exported and read back: the curated one (with its quotes) stays
                continue;
            }
            var predicate = _predicates.Map(biolink, _strings.Intern(table.Span(c.QualifiedPredicate)), _strings.Intern(table.Span(c.Aspect)),
                _strings.Intern(table.Span(c.Direction)), _strings.Intern(table.Span(c.Mechanism)));
            if (edgeId is null) edgeId = UniqueId($"{subject}-{predicate.Id}-{@object}");
            else if (!_relationIds.Add(edgeId)) { Problem(table, $"duplicate edge id '{edgeId}'"); continue; }
            _relations.Add(new Relation(edgeId, subject, predicate.Id, @object, Qualifiers(table.List(c.Context)), [],
                table.Span(c.Indirect).Equals("true", StringComparison.OrdinalIgnoreCase), null, Provenance(table, c)));
        }
    }

    public KgxImportResult Finish()
    {
        var report = new ImportReport(_entities.Count, _relations.Count, _mergedNodes, _mergedEdges, _problems,
            new SortedDictionary<string, int>(_predicates.Unknown, StringComparer.Ordinal), new SortedDictionary<string, int>(_kinds.NewKinds, StringComparer.Ordinal));
        if (_unreadable || (_problems.Count > 0 && !_options.SkipInvalid)) return new KgxImportResult(null, report);
        var graph = new KnowledgeGraph(
            _seed.Kinds.Concat(_kinds.Created), _seed.Predicates.Concat(_predicates.Created),
            _seed.Entities.Concat(_entities), _seed.Documents, _seed.Relations.Concat(_relations));
        return new KgxImportResult(graph, report);
    }

    private string? SeedEntity(string nodeId, string[] xrefs)
    {
        if (_nodeIds.TryGetValue(nodeId, out var id) && !_importedNodeLines.ContainsKey(nodeId) && _seed.Entity(id) is not null) return id;
        foreach (var xref in xrefs)
            if (_nodeIds.TryGetValue(xref, out var viaXref) && _seed.Entity(viaXref) is not null) return viaXref;
        return null;
    }

    private string? Node(TsvTable table, int column, string role)
    {
        var reference = table.Span(column);
        if (reference.IsEmpty) { Problem(table, $"missing {role}"); return null; }
        if (_nodeLookup.TryGetValue(reference, out var id)) return id;
        Problem(table, $"unknown node id '{reference}' ({role}): not in a nodes file nor a curated entity's CURIE");
        return null;
    }

    private Provenance Provenance(TsvTable table, EdgeColumns c)
    {
        var source = _strings.Intern(table.Span(c.Source)) ?? _options.DefaultKnowledgeSource;
        var publications = table.List(c.Publications);
        var text = table.String(c.SupportingText);
        if (publications.Length > 0 || text is not null) return new Provenance(source, publications, text);
        // Most edges of a large graph share a source and nothing else: one instance each keeps memory per edge small.
        if (!_bareProvenance.TryGetValue(source, out var bare)) _bareProvenance[source] = bare = new Provenance(source, []);
        return bare;
    }

    private static IReadOnlyList<Qualifier> Qualifiers(string[] items) =>
        items.Length == 0 ? [] : items.Select(item => item.Split(':', 2) is [var key, var value] ? new Qualifier(key.Trim(), value.Trim()) : new Qualifier("context", item)).ToArray();

    private string UniqueId(string candidate)
    {
        var id = candidate;
        for (var n = 2; !_relationIds.Add(id); n++) id = $"{candidate}-{n}";
        return id;
    }

    private void Problem(TsvTable table, string message) => _problems.Add(new ImportProblem(table.File, table.Line, message));

    private void Unreadable(TsvTable table, string message)
    {
        _unreadable = true;
        _problems.Add(new ImportProblem(table.File, 1, message));
    }

    private readonly record struct EdgeColumns(TsvTable Table)
    {
        public int Id { get; } = Table.Column("id");
        public int Subject { get; } = Table.Column("subject");
        public int Predicate { get; } = Table.Column("predicate");
        public int Object { get; } = Table.Column("object");
        public int QualifiedPredicate { get; } = Table.Column("qualified_predicate");
        public int Aspect { get; } = Table.Column("object_aspect_qualifier");
        public int Direction { get; } = Table.Column("object_direction_qualifier");
        public int Mechanism { get; } = Table.Column("causal_mechanism_qualifier");
        public int Source { get; } = Table.Column("primary_knowledge_source");
        public int Publications { get; } = Table.Column("publications");
        public int SupportingText { get; } = Table.Column("supporting_text");
        public int Context { get; } = Table.Column("context_qualifiers");
        public int Indirect { get; } = Table.Column("indirect");
    }
}
