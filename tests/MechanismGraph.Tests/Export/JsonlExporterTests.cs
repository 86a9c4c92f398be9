using System.Text.Json;
using MechanismGraph.Export;

namespace MechanismGraph.Tests.Export;

public sealed class JsonlExporterTests
{
    private static readonly string Text = ExportHarness.Text(new JsonlExporter(ExportHarness.Reasoning()).WriteAsync);

    private static IReadOnlyList<JsonElement> Facts() =>
        Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToArray();

    [Fact]
    public void Jsonl_HasOneFactPerLine_ForEveryRelationInIdOrder()
    {
        var graph = ExportHarness.Graph;

        Assert.EndsWith("\n", Text);
        Assert.Equal(graph.Relations.Count, Text.Count(c => c == '\n'));
        Assert.Equal(graph.Relations.Select(r => r.Id), Facts().Select(f => f.GetProperty("id").GetString()));
    }

    [Fact]
    public void Jsonl_Fact_CarriesNamesIdsCuriesSignSentenceAndQualifiers()
    {
        var fact = Assert.Single(Facts(), f => f.GetProperty("id").GetString() == "ketamine-blocks-nmda-receptor");

        Assert.Equal("ketamine", fact.GetProperty("subject").GetString());
        Assert.Equal("blocks", fact.GetProperty("predicate").GetString());
        Assert.Equal("NMDA receptor", fact.GetProperty("object").GetString());
        Assert.Equal("nmda-receptor", fact.GetProperty("object_id").GetString());
        Assert.Equal("CHEBI:6121", fact.GetProperty("subject_curie").GetString());
        Assert.Equal("GO:0017146", fact.GetProperty("object_curie").GetString());
        Assert.Equal("biolink:affects", fact.GetProperty("biolink_predicate").GetString());
        Assert.Equal("decreases", fact.GetProperty("sign").GetString());
        Assert.StartsWith("Ketamine blocks NMDA receptor, decreasing its activity (mechanism: non-competitive antagonism", fact.GetProperty("sentence").GetString());
        Assert.Equal("activity", fact.GetProperty("object_aspect").GetString());
        Assert.Equal("knowledge_assertion", fact.GetProperty("knowledge_level").GetString());
        Assert.Equal("manual_agent", fact.GetProperty("agent_type").GetString());
        Assert.Equal("non-competitive antagonism", fact.GetProperty("qualifiers").GetProperty("mechanism").GetString());
    }

    [Fact]
    public void Jsonl_EvidenceQuotes_AreVerbatimSpansAtTheirOffsets()
    {
        var graph = ExportHarness.Graph;
        var quotes = 0;
        foreach (var fact in Facts())
        {
            var relation = graph.Relation(fact.GetProperty("id").GetString()!)!;
            var evidence = fact.GetProperty("evidence").EnumerateArray().ToArray();
            Assert.Equal(relation.Evidence.Count, evidence.Length);
            foreach (var e in evidence)
            {
                var text = graph.DocumentsById[e.GetProperty("document").GetString()!].Text;
                var (start, end) = (e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32());
                Assert.Equal(text[start..end], e.GetProperty("quote").GetString());
                quotes++;
            }
        }
        Assert.Equal(graph.EvidenceCount, quotes);
    }

    [Fact]
    public void Jsonl_CuratorNotesAndIndirectClaims_AreKept()
    {
        var graph = ExportHarness.Graph;
        var facts = Facts();

        var noted = graph.Relations.First(r => r.Note is not null);
        Assert.Equal(noted.Note, Assert.Single(facts, f => f.GetProperty("id").GetString() == noted.Id).GetProperty("note").GetString());
        Assert.Equal(graph.Relations.Count(r => r.Indirect), facts.Count(f => f.GetProperty("indirect").GetBoolean()));
        Assert.True(facts.Count(f => f.GetProperty("indirect").GetBoolean()) > 0);
    }
}
