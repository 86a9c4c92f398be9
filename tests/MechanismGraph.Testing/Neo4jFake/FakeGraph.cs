using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MechanismGraph.Graph;
using MechanismGraph.Model;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Embedded;
using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Storage.Neo4j.Http;

namespace MechanismGraph.Testing.Neo4jFake;

/// <summary>
/// Makes a <see cref="FakeQueryApi"/> hold a graph: each read statement the Neo4j store sends is answered in the
/// shape its Cypher returns (nodes and relationships carry the properties the seeder writes), computed from the
/// graph. So adapters (CLI, API, MCP) run end to end on the Neo4j store without a server.
/// </summary>
internal static partial class FakeGraph
{
    public static void Serve(FakeQueryApi fake, KnowledgeGraph graph)
    {
        var store = new EmbeddedGraphStore(graph);
        var byStatement = new Dictionary<string, Func<Parameters, JsonObject>>(StringComparer.Ordinal)
        {
            [Statement("counts")] = _ => Counts(graph),
            [Statement("find-entities")] = p => Rows(["e"], store.FindEntitiesAsync(p.String("ref")!).Result.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => new[] { Node(e) })),
            [Statement("get-entities")] = p => Rows(["e"], store.GetEntitiesAsync(p.Strings("ids")!).Result.Select(e => new[] { Node(e) })),
            [Statement("entity-labels")] = _ => Rows(["id", "name", "aliases"], graph.Entities.Select(e => new[] { Typed(e.Id), Typed(e.Name), Typed(e.Aliases) })),
            [Statement("search-entities")] = p => SearchEntities(store, p),
            [Statement("query-relations")] = p => QueryRelations(store, p),
            [Statement("neighbours-outgoing")] = p => Neighbours(store, p, Direction.Outgoing),
            [Statement("neighbours-incoming")] = p => Neighbours(store, p, Direction.Incoming),
            [Statement("documents")] = _ => Rows(["d"], graph.Documents.Select(d => new[] { Node("Document", d.Id, Neo4jRecords.Props(d)) })),
            [Statement("predicates")] = _ => Rows(["p"], graph.Predicates.Select(x => new[] { Node("Predicate", x.Id, Neo4jRecords.Props(x)) })),
            [Statement("kinds")] = _ => Rows(["k"], graph.Kinds.Select(k => new[] { Node("Kind", k.Id, Neo4jRecords.Props(k)) })),
        };
        fake.Responder = (statement, parameters) =>
        {
            var p = new Parameters(parameters);
            var data = byStatement.TryGetValue(statement, out var answer) ? answer(p)
                : ShortestPaths().Match(statement) is { Success: true } m ? Paths(store, p, Number(m.Groups["paths"]), Number(m.Groups["hops"]))
                : null;
            return data is null ? null : new FakeAnswer(data.ToJsonString());
        };
    }

    /// <summary>A statement's text exactly as the store sends it.</summary>
    public static string Statement(string name) => StatementText.Collapse(Neo4jStatements.Get(name));

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static JsonObject Counts(KnowledgeGraph graph) => Rows(["documents", "entities", "relations", "evidence", "predicates"],
        [[Typed(graph.Documents.Count), Typed(graph.Entities.Count), Typed(graph.Relations.Count), Typed(graph.EvidenceCount), Typed(graph.Predicates.Count)]]);

    private static JsonObject SearchEntities(EmbeddedGraphStore store, Parameters p)
    {
        var page = store.SearchEntitiesAsync(new EntitySearch(p.String("text"), p.String("kind"), p.String("after"), (int)p.Long("take"))).Result;
        return Rows(["total", "page"], [[Typed(page.TotalCount), List(page.Items.Select(Node))]]);
    }

    private static JsonObject QueryRelations(EmbeddedGraphStore store, Parameters p)
    {
        var page = store.QueryRelationsAsync(new RelationFilter(p.String("subject"), p.String("object"), p.String("predicate"), p.String("after"), (int)p.Long("take"))).Result;
        return Rows(["total", "page"], [[Typed(page.TotalCount), List(page.Items.Select(Step))]]);
    }

    private static JsonObject Neighbours(EmbeddedGraphStore store, Parameters p, Direction direction) =>
        Rows(["relation", "subject", "object"], store.NeighbourRelationsAsync(p.Strings("ids")!, direction, p.Strings("predicates")).Result
            .Select(r => new[] { Relationship(r), Typed(r.SubjectId), Typed(r.ObjectId) }));

    private static JsonObject Paths(EmbeddedGraphStore store, Parameters p, int maxPaths, int maxHops)
    {
        // SHORTEST k has no expansion budget; the embedded search stands in with one large enough never to cut these graphs short.
        var result = store.FindPathsAsync(new PathSearch(p.String("from")!, p.String("to")!, maxHops, p.Strings("predicates")!, p.Strings("avoid")!, maxPaths, int.MaxValue)).Result;
        return Rows(["steps"], result.Paths.Select(path => new[] { List(path.Select(Step)) }));
    }

    private static JsonObject Rows(string[] fields, IEnumerable<JsonNode?[]> rows) => new()
    {
        ["fields"] = new JsonArray(fields.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray()),
        ["values"] = new JsonArray(rows.Select(row => (JsonNode?)new JsonArray(row)).ToArray()),
    };

    private static JsonNode Node(Entity e) => Node("Entity", e.Id, Neo4jRecords.Props(e));

    private static JsonNode Node(string label, string id, Dictionary<string, object?> props) => new JsonObject
    {
        ["$type"] = "Node",
        ["_value"] = new JsonObject { ["_element_id"] = $"4:fake:{label}:{id}", ["_labels"] = new JsonArray(label), ["_properties"] = Properties(id, props) },
    };

    private static JsonNode Relationship(Relation r) => new JsonObject
    {
        ["$type"] = "Relationship",
        ["_value"] = new JsonObject
        {
            ["_element_id"] = $"5:fake:{r.Id}", ["_start_node_element_id"] = $"4:fake:Entity:{r.SubjectId}",
            ["_end_node_element_id"] = $"4:fake:Entity:{r.ObjectId}", ["_type"] = "RELATES", ["_properties"] = Properties(r.Id, Neo4jRecords.Props(r)),
        },
    };

    /// <summary>A <c>{relation, subject, object}</c> map, as query-relations and find-paths return each relation.</summary>
    private static JsonNode Step(Relation r) => new JsonObject
    {
        ["$type"] = "Map",
        ["_value"] = new JsonObject { ["relation"] = Relationship(r), ["subject"] = Typed(r.SubjectId), ["object"] = Typed(r.ObjectId) },
    };

    private static JsonObject Properties(string id, Dictionary<string, object?> props)
    {
        var properties = new JsonObject { ["id"] = Typed(id) };
        foreach (var (key, value) in props.Where(kv => kv.Value is not null)) properties[key] = Typed(value); // Neo4j stores no null property
        return properties;
    }

    private static JsonNode List(IEnumerable<JsonNode> items) => new JsonObject { ["$type"] = "List", ["_value"] = new JsonArray(items.ToArray()) };

    private static JsonNode Typed(object? value) => value switch
    {
        null => new JsonObject { ["$type"] = "Null", ["_value"] = null },
        string text => new JsonObject { ["$type"] = "String", ["_value"] = text },
        bool flag => new JsonObject { ["$type"] = "Boolean", ["_value"] = flag },
        int or long => new JsonObject { ["$type"] = "Integer", ["_value"] = Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) },
        System.Collections.IEnumerable list => List(list.Cast<object?>().Select(Typed)),
        _ => throw new ArgumentException($"The fake cannot encode a {value.GetType().Name}."),
    };

    [GeneratedRegex(@"SHORTEST (?<paths>\d+) .*\{1,(?<hops>\d+)\}")]
    private static partial Regex ShortestPaths();

    /// <summary>The typed JSON parameters of a request, decoded as the client wrote them.</summary>
    private readonly struct Parameters(JsonElement parameters)
    {
        private object? Value(string name) =>
            parameters.ValueKind == JsonValueKind.Object && parameters.TryGetProperty(name, out var value) ? TypedValueReader.Read(value) : null;

        public string? String(string name) => Value(name) as string;

        public long Long(string name) => Value(name) as long? ?? throw new ArgumentException($"parameter ${name} is not an integer");

        public IReadOnlyCollection<string>? Strings(string name) => (Value(name) as IEnumerable<object?>)?.Cast<string>().ToArray();
    }
}
