using System.Text.Json;
using MechanismGraph.Graph;
using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Storage.Neo4j.Http;
using MechanismGraph.Tests.Storage.Neo4j.Http.Fake;

namespace MechanismGraph.Api.Tests;

/// <summary>
/// Scripts the Neo4j fake to answer the read statements with a whole graph, written the way the seeder stores it
/// (<see cref="Neo4jRecords"/>): each answer holds everything, so the store code above it filters what it asked for.
/// </summary>
internal static class SeedAnswers
{
    public static void AnswerWith(this FakeQueryApi fake, KnowledgeGraph graph)
    {
        var entities = graph.Entities.OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => Node($"4:e:{e.Id}", "Entity", e.Id, Neo4jRecords.Props(e))).ToArray();
        fake.Answer(Statement("search-entities"), Rows(["total", "page"], [[Typed((long)entities.Length), List(entities)]]));
        fake.Answer(Statement("get-entities"), Rows(["e"], entities.Select(e => new[] { e })));
        fake.Answer(Statement("predicates"), Rows(["p"], graph.Predicates.Select(p => new[] { Node($"4:p:{p.Id}", "Predicate", p.Id, Neo4jRecords.Props(p)) })));
        fake.Answer(Statement("kinds"), Rows(["k"], graph.Kinds.Select(k => new[] { Node($"4:k:{k.Id}", "Kind", k.Id, Neo4jRecords.Props(k)) })));
        var relations = graph.Relations.Select(r => new[]
        {
            Relationship($"5:r:{r.Id}", $"4:e:{r.SubjectId}", $"4:e:{r.ObjectId}", r.Id, Neo4jRecords.Props(r)), Typed(r.SubjectId), Typed(r.ObjectId),
        }).ToArray();
        fake.Answer(Statement("neighbours-outgoing"), Rows(["relation", "subject", "object"], relations));
        fake.Answer(Statement("neighbours-incoming"), Rows(["relation", "subject", "object"], relations));
    }

    /// <summary>The statement text exactly as the store sends it.</summary>
    public static string Statement(string name) => StatementText.Collapse(Neo4jStatements.Get(name));

    private static string Rows(string[] fields, IEnumerable<string[]> rows) =>
        $$"""{"fields":{{JsonSerializer.Serialize(fields)}},"values":[{{string.Join(",", rows.Select(r => "[" + string.Join(",", r) + "]"))}}]}""";

    private static string Node(string elementId, string label, string id, Dictionary<string, object?> props) =>
        $$"""{"$type":"Node","_value":{"_element_id":"{{elementId}}","_labels":["{{label}}"],"_properties":""" + Properties(id, props) + "}}";

    private static string Relationship(string elementId, string start, string end, string id, Dictionary<string, object?> props) =>
        $$"""{"$type":"Relationship","_value":{"_element_id":"{{elementId}}","_start_node_element_id":"{{start}}","_end_node_element_id":"{{end}}","_type":"RELATES","_properties":""" + Properties(id, props) + "}}";

    private static string Properties(string id, Dictionary<string, object?> props) =>
        "{" + string.Join(",", props.Prepend(new("id", id)).Where(p => p.Value is not null)
            .Select(p => $"{JsonSerializer.Serialize(p.Key)}:{Typed(p.Value)}")) + "}";

    private static string List(IEnumerable<string> typed) => $$"""{"$type":"List","_value":[{{string.Join(",", typed)}}]}""";

    private static string Typed(object? value) => value switch
    {
        null => """{"$type":"Null","_value":null}""",
        string s => $$"""{"$type":"String","_value":{{JsonSerializer.Serialize(s)}}}""",
        bool b => $$"""{"$type":"Boolean","_value":{{(b ? "true" : "false")}}}""",
        long l => $$"""{"$type":"Integer","_value":"{{l}}"}""",
        IEnumerable<string> strings => List(strings.Select(Typed)),
        IEnumerable<long> longs => List(longs.Select(l => Typed(l))),
        _ => throw new ArgumentException($"No typed JSON for {value.GetType()}"),
    };
}
