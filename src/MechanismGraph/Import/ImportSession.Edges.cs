using System.Runtime.InteropServices;
using MechanismGraph.Graph;
using MechanismGraph.Model;

namespace MechanismGraph.Import;

/// <summary>The edges step of an import: rows read into relation columns, duplicates merged as KGX does.</summary>
internal sealed partial class ImportSession
{
    public void ReadEdges(string path)
    {
        _files.Add(Path.GetFileName(path));
        // Sized once from a count of lines: growing by doubling copies the largest arrays and dictionaries again and again.
        var (lines, _) = KgxInput.PlainSize(path);
        _relations.EnsureCapacity(_relations.Count + lines, 0);
        _statements.EnsureCapacity(_statements.Count + lines);
        foreach (var table in KgxInput.Tables(path, "edges")) ReadEdgeTable(table);
    }

    private void ReadEdgeTable(TsvTable table)
    {
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
            var subjectId = _relations.Names[subject];
            var objectId = _relations.Names[@object];
            if (Predicate(table, c.Predicate) is not { } biolink) continue;
            var edgeId = table.TrimmedString(c.Id);
            if (edgeId is not null && edgeId.StartsWith(ProjectPrefix, StringComparison.Ordinal) && _seed.Relation(edgeId[ProjectPrefix.Length..]) is not null)
            {
                _mergedEdges++; // a curated relation exported and read back: the curated one (with its quotes) stays
                continue;
            }
            var predicate = _predicates!.Map(biolink, _strings.Intern(table.Trimmed(c.QualifiedPredicate)), _strings.Intern(table.Trimmed(c.Aspect)),
                _strings.Intern(table.Trimmed(c.Direction)), _strings.Intern(table.Trimmed(c.Mechanism)));
            var provenance = Provenance(table, c);
            var context = table.String(c.Context);
            var predicateName = _relations.Name(predicate.Id);
            var statement = (subject, predicateName, @object, Part(provenance.PrimaryKnowledgeSource), context is null ? -1 : Part(context));
            // One lookup for both outcomes: the entry is filled below, before the dictionary changes again.
            ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(_statements, statement, out var repeated);
            if (repeated)
            {
                MergeDuplicate(table, index, edgeId, provenance);
                continue;
            }
            if (edgeId is null) edgeId = UniqueId($"{subjectId}-{predicate.Id}-{objectId}");
            else if (_relations.HasId(edgeId))
            {
                var renamed = UniqueId(edgeId);
                Warn(table, $"edge id '{edgeId}' is already used by another statement: kept as '{renamed}' (KGX keys edges by subject, predicate and object)");
                edgeId = renamed;
            }
            index = _relations.Count;
            _sources[provenance.PrimaryKnowledgeSource] = _sources.GetValueOrDefault(provenance.PrimaryKnowledgeSource) + 1;
            var indirect = table.Span(c.Indirect).Equals("true", StringComparison.OrdinalIgnoreCase);
            if (!_payloads.TryGetValue((provenance, context, indirect), out var payload))
                _payloads[(provenance, context, indirect)] = payload =
                    _relations.AddTemplate(new Relation("", "", "", "", Qualifiers(table.List(c.Context)), [], indirect, null, provenance));
            _relations.Add(edgeId, subject, predicateName, @object, payload);
        }
    }

    private void MergeDuplicate(TsvTable table, int index, string? edgeId, Provenance provenance)
    {
        var existing = _relations.RelationAt(index);
        var old = existing.Provenance!;
        var publications = old.Publications.Union(provenance.Publications, StringComparer.Ordinal).ToArray();
        var sameId = edgeId is null || edgeId == existing.Id;
        if (sameId && publications.Length == old.Publications.Count && provenance.SupportingText == old.SupportingText) { _duplicates++; return; }
        Warn(table, $"edge repeats '{existing.Id}' (same subject, predicate, object and source) with another id, publications or text: merged as KGX does (publications united, the first id and text kept)");
        if (publications.Length != old.Publications.Count)
            _relations.SetPayload(index, _relations.AddTemplate(existing with { Provenance = old with { Publications = publications, SupportingText = old.SupportingText ?? provenance.SupportingText } }));
    }

    /// <summary>The name number of the entity a reference names, or null (reported, or created as KGX does).</summary>
    private int? Node(TsvTable table, int column, string role)
    {
        var reference = table.Trimmed(column);
        if (reference.IsEmpty) { Problem(table, $"missing {role}"); return null; }
        if (_nodeLookup.TryGetValue(reference, out var id)) return id;
        if (Id(reference.ToString(), table.File, table.Line, role) is not { } curie) return null;
        if (_nodeIds.TryGetValue(curie, out id)) return id; // an IRI contracted to a known CURIE
        if (_options.MissingNodes == MissingNodePolicy.Reject)
        {
            Problem(table, $"unknown node id '{curie}' ({role}): not in a nodes file, a mapping nor a curated entity's CURIE");
            return null;
        }
        Warn(table, $"node '{curie}' ({role}) is in no nodes file: created as {KindMapper.DefaultCategory}, as KGX does");
        _created++;
        _entities.Add(new Entity(curie, curie, _kinds.Kind(KindMapper.DefaultCategory), [], "", [curie]));
        return _nodeIds[curie] = _relations.Name(curie);
    }

    /// <summary>
    /// The predicate cell as a checked CURIE, or null (reported). A file holds few distinct predicates, so each is checked
    /// once and found again from the span: no string and no regular expression per edge.
    /// </summary>
    private string? Predicate(TsvTable table, int column)
    {
        var raw = table.Trimmed(column);
        if (raw.IsEmpty) { Problem(table, "missing predicate"); return null; }
        if (_checkedPredicateLookup.TryGetValue(raw, out var known)) return known;
        if (_strings.Intern(Id(raw.ToString(), table.File, table.Line, "predicate")) is not { } biolink) return null;
        _checkedPredicates[raw.ToString()] = biolink;
        return biolink;
    }

    private Provenance Provenance(TsvTable table, EdgeColumns c)
    {
        var source = _strings.Intern(table.Trimmed(c.Source)) ?? _options.DefaultKnowledgeSource;
        var publications = table.List(c.Publications);
        var text = table.String(c.SupportingText);
        if (publications.Length > 0 || text is not null) return new Provenance(source, publications, text);
        // Most edges of a large graph share a source and nothing else: one instance each keeps memory per edge small.
        if (!_bareProvenance.TryGetValue(source, out var bare)) _bareProvenance[source] = bare = new Provenance(source, []);
        return bare;
    }

    private static IReadOnlyList<Qualifier> Qualifiers(string[] items) =>
        items.Length == 0 ? [] : items.Select(item => item.Split(':', 2) is [var key, var value] ? new Qualifier(key.Trim(), value.Trim()) : new Qualifier("context", item)).ToArray();

    private int Part(string value)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_statementParts, value, out var exists);
        if (!exists) number = _statementParts.Count - 1;
        return number;
    }

    private string UniqueId(string candidate)
    {
        var id = candidate;
        for (var n = 2; _relations.HasId(id); n++) id = $"{candidate}-{n}";
        return id;
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
