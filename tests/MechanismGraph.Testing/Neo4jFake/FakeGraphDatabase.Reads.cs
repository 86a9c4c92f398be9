namespace MechanismGraph.Testing.Neo4jFake;

/// <summary>The read statements (all but find-paths), each answering from the active generation only.</summary>
internal sealed partial class FakeGraphDatabase
{
    private void AttachReads(Action<string, Func<FakeCall, FakeAnswer>> on)
    {
        on("counts", _ => Rows(["documents", "entities", "relations", "evidence", "predicates"],
            [[(long)Active("Document").Count(), (long)Active("Entity").Count(), (long)ActiveRelations().Count(),
              ActiveRelations().Sum(r => r.Value.Properties.GetValueOrDefault("evidenceCount") as long? ?? 0), (long)Active("Predicate").Count()]]));
        on("documents", _ => NodeRows("d", Active("Document")));
        on("kinds", _ => NodeRows("k", Active("Kind")));
        on("predicates", _ => NodeRows("p", Active("Predicate")));
        on("entity-labels", _ => Rows(["id", "name", "aliases"], Active("Entity").Select(e =>
            new object?[] { e.Value.Properties["id"], e.Value.Properties.GetValueOrDefault("name"), e.Value.Properties.GetValueOrDefault("aliases") })));
        on("get-entities", c => NodeRows("e", Active("Entity").Where(e => c.Get<List<object?>>("ids").Contains(e.Key.Id))));
        on("find-entities", c => NodeRows("e", Active("Entity").Where(e => Refs(e.Value).Contains(c.Get<string>("ref")))));
        on("neighbours-outgoing", c => RelationRows(ActiveRelations().Where(r => c.Get<List<object?>>("ids").Contains(r.Value.Subject) && Allowed(c, r.Value))));
        on("neighbours-incoming", c => RelationRows(ActiveRelations().Where(r => c.Get<List<object?>>("ids").Contains(r.Value.Object) && Allowed(c, r.Value))));
        on("search-entities", SearchEntities);
        on("query-relations", QueryRelations);
    }

    private long? ActiveNumber => _generations.Where(g => g.Value.State == "active").Select(g => (long?)g.Key).FirstOrDefault();

    private IEnumerable<KeyValuePair<(string Label, string Id, long Generation), Item>> Active(string label) =>
        _nodes.Where(n => n.Key.Label == label && n.Key.Generation == ActiveNumber).OrderBy(n => n.Key.Id, StringComparer.Ordinal);

    private IEnumerable<KeyValuePair<(string Id, long Generation), Link>> ActiveRelations() =>
        _relations.Where(r => r.Key.Generation == ActiveNumber).OrderBy(r => r.Key.Id, StringComparer.Ordinal);

    private static IEnumerable<string> Refs(Item item) => (item.Properties.GetValueOrDefault("refs") as List<object?> ?? []).Cast<string>();

    private static bool Allowed(FakeCall call, Link link) =>
        call.Parameters.GetValueOrDefault("predicates") is not List<object?> predicates || predicates.Contains(link.Properties.GetValueOrDefault("predicate"));

    private FakeAnswer SearchEntities(FakeCall call)
    {
        var kind = call.Parameters.GetValueOrDefault("kind") as string;
        var text = call.Parameters.GetValueOrDefault("text") as string;
        var matches = Active("Entity")
            .Where(e => kind is null || string.Equals(e.Value.Properties.GetValueOrDefault("kind") as string, kind, StringComparison.OrdinalIgnoreCase))
            .Where(e => text is null || Refs(e.Value).Any(r => r.Contains(text, StringComparison.Ordinal)))
            .ToList();
        var after = call.Parameters.GetValueOrDefault("after") as string;
        var page = matches.Where(e => after is null || string.CompareOrdinal(e.Key.Id, after) > 0).Take((int)call.Get<long>("take"))
            .Select(e => (object?)Node(e)).ToList();
        return Rows(["total", "page"], [[(long)matches.Count, page]]);
    }

    private FakeAnswer QueryRelations(FakeCall call)
    {
        string? Text(string name) => call.Parameters.GetValueOrDefault(name) as string;
        var matches = ActiveRelations()
            .Where(r => (Text("subject") ?? r.Value.Subject) == r.Value.Subject && (Text("object") ?? r.Value.Object) == r.Value.Object)
            .Where(r => Text("predicate") is not { } p || Equals(r.Value.Properties.GetValueOrDefault("predicate"), p))
            .ToList();
        var after = Text("after");
        var page = matches.Where(r => after is null || string.CompareOrdinal(r.Key.Id, after) > 0).Take((int)call.Get<long>("take"))
            .Select(r => (object?)new Dictionary<string, object?> { ["relation"] = Relationship(r), ["subject"] = r.Value.Subject, ["object"] = r.Value.Object })
            .ToList();
        return Rows(["total", "page"], [[(long)matches.Count, page]]);
    }

    private static FakeAnswer NodeRows(string field, IEnumerable<KeyValuePair<(string Label, string Id, long Generation), Item>> nodes) =>
        Rows([field], nodes.Select(n => new object?[] { Node(n) }));

    private static FakeAnswer RelationRows(IEnumerable<KeyValuePair<(string Id, long Generation), Link>> relations) =>
        Rows(["relation", "subject", "object"], relations.Select(r => new object?[] { Relationship(r), r.Value.Subject, r.Value.Object }));

    private static RawTypedJson Node(KeyValuePair<(string Label, string Id, long Generation), Item> node) =>
        new(FakeTypedJson.Node(ElementId(node.Key.Label, node.Key.Id, node.Key.Generation), node.Key.Label, node.Value.Properties));

    private static RawTypedJson Relationship(KeyValuePair<(string Id, long Generation), Link> relation) =>
        new(FakeTypedJson.Relationship(ElementId("RELATES", relation.Key.Id, relation.Key.Generation),
            ElementId("Entity", relation.Value.Subject, relation.Key.Generation), ElementId("Entity", relation.Value.Object, relation.Key.Generation),
            "RELATES", relation.Value.Properties));

    private static string ElementId(string label, string id, long generation) => $"4:fake:{label}:{generation}:{id}";
}
