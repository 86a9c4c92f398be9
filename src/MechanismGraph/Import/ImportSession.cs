using System.Runtime.InteropServices;
using MechanismGraph.Biolink;
using MechanismGraph.Export;
using MechanismGraph.Graph;
using MechanismGraph.Model;
using MechanismGraph.Seed;

namespace MechanismGraph.Import;

/// <summary>
/// The state of one import, in four steps: mapping files, then every nodes table (rows repeating an id merged), then
/// the equivalence sets that turn node rows into entities, then every edges table. See <c>docs/import.md</c>.
/// </summary>
internal sealed partial class ImportSession
{
    private static readonly string ProjectPrefix = ExportSettings.CuriePrefix + ":";

    private readonly KnowledgeGraph _seed;
    private readonly KgxImportOptions _options;
    private readonly BiolinkModel _model = BiolinkModel.Instance;
    private readonly KindMapper _kinds;
    private readonly Interner _strings = new();
    private readonly Equivalence _equivalence = new();
    private readonly Dictionary<string, NodeRow> _rows = new(StringComparer.Ordinal);
    private readonly List<NodeRow> _rowOrder = [];
    private readonly List<(string A, string B, string File, int Line)> _joins = [];
    private readonly Dictionary<string, string> _predicateMappings = new(StringComparer.Ordinal);
    // Every reference an edge may use (node ids, their equivalents, curated CURIEs) → the entity id it names.
    // Values are name numbers of the relation columns (one per entity id, by value), so statements compare as numbers.
    private readonly Dictionary<string, int> _nodeIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _checkedPredicates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _checkedPredicateLookup;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _nodeLookup;
    private readonly Dictionary<string, Entity> _curatedUpdates = new(StringComparer.Ordinal);
    private readonly List<Entity> _entities = [];
    // The seed's relations and then the import's, as columns: no record per imported edge is kept.
    private readonly RelationColumnsBuilder _relations;
    private readonly int _seedRelations;
    // Statements (subject, predicate, object, source, context) as numbers into _statementParts: a key without references
    // keeps millions of entries out of the collector's marking.
    private readonly Dictionary<(int, int, int, int, int), int> _statements = [];
    private readonly Dictionary<string, int> _statementParts = new(StringComparer.Ordinal);
    // Imported edges sharing provenance, context and directness share one payload template.
    private readonly Dictionary<(Provenance, string?, bool), int> _payloads = [];
    private readonly Dictionary<string, Provenance> _bareProvenance = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _sources = new(StringComparer.Ordinal);
    private readonly List<ImportProblem> _problems = [];
    private readonly ImportNotes _notes = new();
    private readonly List<string> _files = [];
    private PredicateMapper? _predicates;
    private bool _unreadable;
    private int _mergedNodes;
    private int _mergedEdges;
    private int _duplicates;
    private int _created;
    private int _joined;

    public ImportSession(KnowledgeGraph seed, KgxImportOptions options)
    {
        _seed = seed;
        _options = options;
        _kinds = new KindMapper(seed.Kinds);
        _nodeLookup = _nodeIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _checkedPredicateLookup = _checkedPredicates.GetAlternateLookup<ReadOnlySpan<char>>();
        _relations = new RelationColumnsBuilder(seed.Columns, seed.Entities);
        _seedRelations = _relations.Count;
        foreach (var entity in seed.Entities) _equivalence.MarkCurated(ProjectPrefix + entity.Id, entity.Id);
        // A CURIE listed by two curated entities names neither: such nodes are imported, not merged.
        foreach (var group in seed.Entities.SelectMany(e => e.Xrefs.Distinct().Select(x => (Xref: x, e.Id))).GroupBy(x => x.Xref, StringComparer.Ordinal))
            if (group.Count() == 1) _equivalence.Join(group.Key, ProjectPrefix + group.First().Id);
    }

    public void ReadMappings(string path)
    {
        _files.Add(Path.GetFileName(path));
        var pairs = SssomMappings.Read(path, (file, line, message) => Problem(file, line, message), out _);
        foreach (var (subject, @object, line) in pairs)
        {
            if (Id(subject, Path.GetFileName(path), line, "subject_id") is not { } s || Id(@object, Path.GetFileName(path), line, "object_id") is not { } o) continue;
            // A predicate mapped onto a Biolink predicate keeps its own id but takes that predicate's meaning.
            if (_model.Predicate(o) is not null) _predicateMappings.TryAdd(s, o);
            else if (_model.Predicate(s) is not null) _predicateMappings.TryAdd(o, s);
            else _joins.Add((s, o, Path.GetFileName(path), line));
        }
    }

    public void ReadNodes(string path)
    {
        _files.Add(Path.GetFileName(path));
        foreach (var table in KgxInput.Tables(path, "nodes")) ReadNodeTable(table);
    }

    private void ReadNodeTable(TsvTable table)
    {
        int id = table.Column("id"), category = table.Column("category"), name = table.Column("name"), description = table.Column("description"),
            xref = table.Column("xref"), sameAs = table.Column("same_as"), synonym = table.Column("synonym");
        if (id < 0) { Unreadable(table, "the header has no 'id' column (KGX nodes need id and category)"); return; }
        while (table.Next(out var malformed))
        {
            if (malformed is not null) { Problem(table, malformed); continue; }
            if (table.TrimmedString(id) is not { } raw) { Problem(table, "missing node id"); continue; }
            if (Id(raw, table.File, table.Line, "node id") is not { } nodeId) continue;
            var categories = Curies(table.List(category), table, "category");
            if (categories is null) continue;
            if (_kinds.Category(categories, out var unknownCategory) is null)
            {
                Warn(table, $"{unknownCategory}: imported as {KindMapper.DefaultCategory}");
                categories = [KindMapper.DefaultCategory];
            }
            var xrefs = Curies(table.List(xref), table, "xref") ?? [];
            var same = Curies(table.List(sameAs), table, "same_as") ?? [];
            if (_rows.TryGetValue(nodeId, out var row))
            {
                if (!row.Merge(table.String(name), table.String(description), categories, xrefs, same, table.List(synonym), out var changed))
                    Warn(table, $"node '{nodeId}' repeats line {row.Line} with another name or description: merged as KGX does (lists united, the first name and description kept)");
                else if (!changed) _duplicates++;
                continue;
            }
            row = new NodeRow(nodeId, table.File, table.Line);
            row.Merge(table.String(name), table.String(description), categories, xrefs, same, table.List(synonym), out _);
            _rows[nodeId] = row;
            _rowOrder.Add(row);
        }
    }

    /// <summary>Turns node rows into entities: each set of equivalent ids becomes one entity (curated when it holds a curated entity).</summary>
    public void BuildEntities()
    {
        _predicates = new PredicateMapper(_seed.Predicates, _predicateMappings);
        foreach (var row in _rowOrder) _equivalence.Add(row.Id);
        // An xref listed by several node rows does not say they are one thing; it joins only when unique (or a node id itself).
        var xrefUse = _rowOrder.SelectMany(r => r.Xrefs.Distinct()).CountBy(x => x, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        foreach (var row in _rowOrder)
        {
            foreach (var same in row.SameAs) Join(row.Id, same, row.File, row.Line);
            foreach (var xref in row.Xrefs)
                if (xrefUse[xref] == 1 || _rows.ContainsKey(xref)) Join(row.Id, xref, row.File, row.Line);
        }
        foreach (var (a, b, file, line) in _joins) Join(a, b, file, line);

        var members = _equivalence.Members().GroupBy(m => m.Root).ToDictionary(g => g.Key, g => g.Select(m => m.Id).ToArray());
        var entityOfRoot = new Dictionary<int, string>();
        foreach (var group in _rowOrder.GroupBy(r => _equivalence.RootOf(r.Id)))
        {
            var rows = group.ToArray();
            var ids = members[group.Key].Where(i => !i.StartsWith(ProjectPrefix, StringComparison.Ordinal)).ToArray();
            if (_equivalence.Curated(rows[0].Id) is { } curated)
            {
                MergeIntoCurated(curated, rows, ids);
                _mergedNodes += rows.Length;
                entityOfRoot[group.Key] = curated;
                continue;
            }
            _mergedNodes += rows.Length - 1;
            var first = rows[0];
            var category = _kinds.Category(rows.SelectMany(r => r.Categories).ToArray(), out _) ?? KindMapper.DefaultCategory;
            var names = rows.Select(r => r.Name).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            var name = first.Name ?? names.FirstOrDefault() ?? first.Id;
            var aliases = names.Concat(rows.SelectMany(r => r.Synonyms))
                .Where(a => !string.Equals(a, name, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            _entities.Add(new Entity(first.Id, name, _kinds.Kind(category), aliases,
                rows.Select(r => r.Description).OfType<string>().FirstOrDefault() ?? "", ids.Prepend(first.Id).Distinct(StringComparer.Ordinal).ToArray()));
            entityOfRoot[group.Key] = first.Id;
        }
        foreach (var (id, root) in _equivalence.Members())
            if (entityOfRoot.TryGetValue(root, out var entity)) _nodeIds[id] = _relations.Name(entity);
            else if (_equivalence.Curated(id) is { } curated) _nodeIds[id] = _relations.Name(curated);
    }

    public KgxImportResult Finish()
    {
        var report = new ImportReport(_entities.Count, _relations.Count - _seedRelations, _mergedNodes, _mergedEdges, _problems,
            new SortedDictionary<string, int>(_predicates?.Unknown ?? [], StringComparer.Ordinal), new SortedDictionary<string, int>(_kinds.NewKinds, StringComparer.Ordinal))
        {
            Warnings = _notes.Kept,
            WarningCount = _notes.Count,
            DuplicateRows = _duplicates,
            CreatedNodes = _created,
            NonBiolinkPredicates = new SortedDictionary<string, int>(_predicates?.NotBiolink ?? [], StringComparer.Ordinal),
            KnowledgeSources = new SortedDictionary<string, int>(_sources, StringComparer.Ordinal),
            Equivalences = _joined,
            Files = _files,
        };
        if (_unreadable || (_problems.Count > 0 && !_options.SkipInvalid)) return new KgxImportResult(null, report);
        var graph = new KnowledgeGraph(
            _seed.Kinds.Concat(_kinds.Created), _seed.Predicates.Concat(_predicates?.Created ?? []),
            _seed.Entities.Select(e => _curatedUpdates.GetValueOrDefault(e.Id) ?? e).Concat(_entities), _seed.Documents, _relations);
        return new KgxImportResult(graph, report);
    }

    private void Join(string a, string b, string file, int line)
    {
        if (a == b) return;
        if (_equivalence.Join(a, b) is { } refused) _notes.Add(file, line, refused);
        else _joined++;
    }

    /// <summary>A curated entity gains the equivalent rows' ids as xrefs and their names as aliases; its own name and kind stay.</summary>
    private void MergeIntoCurated(string curatedId, NodeRow[] rows, string[] ids)
    {
        var entity = _curatedUpdates.GetValueOrDefault(curatedId) ?? _seed.Entity(curatedId)!;
        var xrefs = entity.Xrefs.Concat(ids.Where(CurieShaped)).Distinct(StringComparer.Ordinal).ToArray();
        var labels = entity.Labels.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var aliases = entity.Aliases.Concat(rows.Select(r => r.Name).OfType<string>().Where(n => !labels.Contains(n)).Distinct(StringComparer.OrdinalIgnoreCase)).ToArray();
        if (xrefs.Length != entity.Xrefs.Count || aliases.Length != entity.Aliases.Count)
            _curatedUpdates[curatedId] = entity with { Xrefs = xrefs, Aliases = aliases };
    }

    /// <summary>A trimmed id as a CURIE: a full IRI is contracted with the Biolink prefix map; null (reported) when it cannot be.</summary>
    private string? Id(string raw, string file, int line, string role)
    {
        var id = raw.Trim();
        if (id.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || id.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            if (_model.Contract(id) is { } contracted) return contracted;
            Problem(file, line, $"{role} '{id}' is a full IRI under no prefix of the Biolink {_model.Version} prefix map: write it as a CURIE");
            return null;
        }
        if (CurieSyntax.Check(id) is { } why) { Problem(file, line, $"bad {role} CURIE: {why}"); return null; }
        return id;
    }

    /// <summary>List cells as CURIEs (trimmed, IRIs contracted); null when one is bad (reported).</summary>
    private string[]? Curies(string[] values, TsvTable table, string role)
    {
        if (values.Length == 0) return values;
        var result = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
            if (Id(values[i], table.File, table.Line, role) is { } curie) result[i] = curie;
            else return null;
        return result;
    }

    private static bool CurieShaped(string id) => CurieSyntax.Check(id) is null;

    private void Problem(TsvTable table, string message) => Problem(table.File, table.Line, message);

    private void Problem(string file, int line, string message) => _problems.Add(new ImportProblem(file, line, message));

    private void Warn(TsvTable table, string message) => _notes.Add(table.File, table.Line, message);

    private void Unreadable(TsvTable table, string message)
    {
        _unreadable = true;
        _problems.Add(new ImportProblem(table.File, 1, message));
    }

}
