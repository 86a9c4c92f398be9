using System.Text.Json;
using MechanismGraph.Testing;

namespace MechanismGraph.Api.Tests;

/// <summary>The behaviours users rely on, through HTTP on the real seed-data.</summary>
public sealed class MechanismQueryTests(SharedApi api) : IClassFixture<SharedApi>
{
    private static readonly string DocumentText =
        File.ReadAllText(Path.Combine(SeedFixture.RealSeedDirectory, "documents", "ketamine-glutamate.txt"));

    [Fact]
    public async Task Pathways_FromKetamineToSynaptogenesis_FollowsTheDisinhibitionChainFirst()
    {
        var response = await api.Factory.QueryAsync("""
            { pathways(from: "ketamine", to: "synaptogenesis") {
                length netEffect summary entities { id } steps { id sign predicate } } }
            """);

        var pathways = response.AssertNoErrors().Data.GetProperty("pathways");
        Assert.True(pathways.GetArrayLength() >= 2);
        var first = pathways[0];
        var ids = first.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToArray();
        Assert.Equal("ketamine", ids[0]);
        Assert.Equal("nmda-receptor-gabaergic-interneuron", ids[1]);
        Assert.Equal("glutamatergic-disinhibition", ids[2]);
        Assert.Equal("glutamate-release", ids[3]);
        Assert.Equal("ampa-receptor", ids[4]);
        Assert.Contains(ids[5], new[] { "bdnf", "mtor" });
        Assert.Equal("synaptogenesis", ids[^1]);
        Assert.Equal("blocks", first.GetProperty("steps")[0].GetProperty("predicate").GetString());
        Assert.Equal("DECREASES", first.GetProperty("steps")[0].GetProperty("sign").GetString());
        Assert.Equal("INCREASES", first.GetProperty("netEffect").GetString());
        Assert.EndsWith("net effect: ketamine increases synaptogenesis.", first.GetProperty("summary").GetString());

        // The document's direct summary claim is still found, ranked after the mechanistic chains.
        Assert.Contains(pathways.EnumerateArray(), p => p.GetProperty("length").GetInt32() == 1);
        Assert.Equal(1, pathways[pathways.GetArrayLength() - 1].GetProperty("length").GetInt32());
    }

    [Fact]
    public async Task Pathways_ToGlutamateRelease_ComposeSigns_KetamineIncreasesReleaseThoughItBlocksTheReceptor()
    {
        var response = await api.Factory.QueryAsync("""{ pathways(from: "ketamine", to: "glutamate surge", limit: 1) { netEffect steps { sign } } }""");

        var pathway = response.AssertNoErrors().Data.GetProperty("pathways")[0];
        Assert.Equal(["DECREASES", "DECREASES", "INCREASES"], pathway.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("sign").GetString()));
        Assert.Equal("INCREASES", pathway.GetProperty("netEffect").GetString());
    }

    [Fact]
    public async Task Pathways_AvoidAndPredicates_RestrictTheSearch()
    {
        var avoided = await api.Factory.QueryAsync("""{ pathways(from: "ketamine", to: "synaptogenesis", avoid: ["BDNF"]) { entities { id } } }""");
        Assert.All(avoided.AssertNoErrors().Data.GetProperty("pathways").EnumerateArray(),
            p => Assert.DoesNotContain(p.GetProperty("entities").EnumerateArray(), e => e.GetProperty("id").GetString() == "bdnf"));

        var onlyNonCausal = await api.Factory.QueryAsync("""{ pathways(from: "ketamine", to: "NMDA receptor", predicates: ["binds", "part_of"]) { length steps { predicate } } }""");
        var pathway = Assert.Single(onlyNonCausal.AssertNoErrors().Data.GetProperty("pathways").EnumerateArray());
        Assert.Equal(["binds", "part_of"], pathway.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("predicate").GetString()));
    }

    [Fact]
    public async Task Effects_OfKetamine_AnswerTheTitle_BlocksTheReceptorButIncreasesGlutamateRelease()
    {
        var response = await api.Factory.QueryAsync("""{ effects(of: "ketamine") { entity { id } netEffect hops pathway { length } } }""");

        var effects = response.AssertNoErrors().Data.GetProperty("effects").EnumerateArray().ToDictionary(e => e.GetProperty("entity").GetProperty("id").GetString()!);
        Assert.Equal("DECREASES", effects["nmda-receptor"].GetProperty("netEffect").GetString());
        Assert.Equal(1, effects["nmda-receptor"].GetProperty("hops").GetInt32());
        Assert.Equal("INCREASES", effects["glutamate-release"].GetProperty("netEffect").GetString());
        Assert.Equal(3, effects["glutamate-release"].GetProperty("hops").GetInt32());
        Assert.Equal("INCREASES", effects["rapid-antidepressant-action"].GetProperty("netEffect").GetString());
        Assert.All(effects.Values, e => Assert.Equal(e.GetProperty("hops").GetInt32(), e.GetProperty("pathway").GetProperty("length").GetInt32()));
    }

    [Fact]
    public async Task Causes_OfAntidepressantAction_ReachKetamineUpstream()
    {
        var response = await api.Factory.QueryAsync("""{ causes(of: "rapid antidepressant action") { entity { id } netEffect hops pathway { entities { id } } } }""");

        var causes = response.AssertNoErrors().Data.GetProperty("causes").EnumerateArray().ToList();
        var ketamine = Assert.Single(causes, c => c.GetProperty("entity").GetProperty("id").GetString() == "ketamine");
        Assert.Equal("INCREASES", ketamine.GetProperty("netEffect").GetString());
        Assert.Equal("ketamine", ketamine.GetProperty("pathway").GetProperty("entities")[0].GetProperty("id").GetString());
        Assert.Equal("synaptic-plasticity", causes[0].GetProperty("entity").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Explain_AntidepressantActionFromKetamine_NamesEveryStage_AndCitesVerbatimQuotes()
    {
        var response = await api.Factory.QueryAsync("""
            { explain(effect: "rapid antidepressant action", cause: "ketamine") {
                narrative cause { id } effect { id } pathways { length } citations { quote start end document } } }
            """);

        var explanation = response.AssertNoErrors().Data.GetProperty("explain");
        var narrative = explanation.GetProperty("narrative").GetString()!;
        foreach (var stage in new[] { "ketamine", "NMDA receptor", "disinhibition of glutamatergic neurons", "glutamate release", "AMPA receptor", "BDNF", "synaptic plasticity", "rapid antidepressant action" })
            Assert.Contains(stage, narrative, StringComparison.OrdinalIgnoreCase);
        var citations = explanation.GetProperty("citations").EnumerateArray().ToList();
        Assert.True(citations.Count >= 7);
        for (var i = 0; i < citations.Count; i++)
        {
            Assert.Contains($"[{i + 1}]", narrative);
            var quote = citations[i].GetProperty("quote").GetString()!;
            Assert.Contains(quote, DocumentText);
            Assert.Equal(quote, DocumentText[citations[i].GetProperty("start").GetInt32()..citations[i].GetProperty("end").GetInt32()]);
        }
        Assert.DoesNotContain($"[{citations.Count + 1}]", narrative);
    }

    [Fact]
    public async Task Explain_WithoutCause_StartsFromTheUpstreamRoot()
    {
        var response = await api.Factory.QueryAsync("""{ explain(effect: "rapid antidepressant action") { cause { id } pathways { entities { id } } narrative } }""");

        var explanation = response.AssertNoErrors().Data.GetProperty("explain");
        Assert.Equal(JsonValueKind.Null, explanation.GetProperty("cause").ValueKind);
        Assert.Equal("ketamine", explanation.GetProperty("pathways")[0].GetProperty("entities")[0].GetProperty("id").GetString());
        Assert.StartsWith("How ketamine increases rapid antidepressant action:", explanation.GetProperty("narrative").GetString());
    }

    [Fact]
    public async Task Facts_AboutKetamine_IncludeUnknownDirectionEffectsOnGabaDopamineAndSerotonin()
    {
        var response = await api.Factory.QueryAsync("""{ facts(about: "ketamine", first: 100) { subject { id } object { id } sign sentence citation evidence { quote } } }""");

        var facts = response.AssertNoErrors().Data.GetProperty("facts").EnumerateArray().ToList();
        foreach (var transmitter in new[] { "gaba", "dopamine", "serotonin" })
        {
            var fact = Assert.Single(facts, f => f.GetProperty("object").GetProperty("id").GetString() == transmitter);
            Assert.Equal("UNKNOWN", fact.GetProperty("sign").GetString());
            Assert.Equal("Ketamine can affect glutamate, GABA, dopamine, and serotonin levels.", fact.GetProperty("evidence")[0].GetProperty("quote").GetString());
            Assert.StartsWith("Ketamine affects ", fact.GetProperty("sentence").GetString());
        }
        Assert.All(facts, f => Assert.Contains(f.GetProperty("evidence")[0].GetProperty("quote").GetString()!, DocumentText));
        Assert.All(facts, f => Assert.Contains("ketamine-glutamate, characters ", f.GetProperty("citation").GetString()));
    }

    [Fact]
    public async Task Entity_ByNameAliasOrCurie_IgnoresCase()
    {
        var response = await api.Factory.QueryAsync("""
            { a: entity(ref: "nmdar") { id } b: entity(ref: "GO:0017146") { id } c: entity(ref: "N-METHYL-D-ASPARTATE RECEPTOR") { id xrefs outgoing { id } incoming { id } } }
            """);

        var data = response.AssertNoErrors().Data;
        Assert.All(new[] { "a", "b", "c" }, k => Assert.Equal("nmda-receptor", data.GetProperty(k).GetProperty("id").GetString()));
        Assert.Contains(data.GetProperty("c").GetProperty("incoming").EnumerateArray(), r => r.GetProperty("id").GetString() == "ketamine-blocks-nmda-receptor");
    }

    [Fact]
    public async Task UnknownEntity_IsNotFound_WithUpToThreeSuggestions()
    {
        var response = await api.Factory.QueryAsync("""{ pathways(from: "ketamin", to: "synaptogenesis") { length } }""");

        Assert.Equal(200, response.Status);
        Assert.Equal("NOT_FOUND", response.FirstErrorCode);
        var suggestions = response.FirstError.GetProperty("extensions").GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.InRange(suggestions.Count, 1, 3);
        Assert.Equal("ketamine", suggestions[0]);
        Assert.Contains("did you mean 'ketamine'", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Documents_Predicates_Kinds_AndStats_DescribeTheGraph()
    {
        var response = await api.Factory.QueryAsync("""
            { documents { id title text } predicates { id sign causal biolink { predicate } } kinds { id biolinkCategory }
              stats { store documents entities relations evidence predicates } }
            """);

        var data = response.AssertNoErrors().Data;
        Assert.Equal("ketamine-glutamate", data.GetProperty("documents")[0].GetProperty("id").GetString());
        Assert.Equal(DocumentText, data.GetProperty("documents")[0].GetProperty("text").GetString());
        var blocks = Assert.Single(data.GetProperty("predicates").EnumerateArray(), p => p.GetProperty("id").GetString() == "blocks");
        Assert.Equal("DECREASES", blocks.GetProperty("sign").GetString());
        Assert.Equal("embedded", data.GetProperty("stats").GetProperty("store").GetString());
        Assert.Equal(1, data.GetProperty("stats").GetProperty("documents").GetInt32());
    }
}
