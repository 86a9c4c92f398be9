using System.Text.Json;
using MechanismGraph.Testing;

namespace MechanismGraph.Api.Tests;

/// <summary>
/// The questions a pharmacology student asked, through GraphQL and MCP: answers follow the document's context,
/// aspects and signs, mark inferences, and headings say the direction.
/// </summary>
public sealed class TrustworthyAnswersTests(McpSession mcp) : IClassFixture<McpSession>
{
    private static readonly string DocumentText =
        File.ReadAllText(Path.Combine(SeedFixture.RealSeedDirectory, "documents", "ketamine-glutamate.txt"));

    private async Task<JsonElement> GraphQLAsync(string query) => (await mcp.Factory.QueryAsync(query)).AssertNoErrors().Data;

    [Fact]
    public async Task FromGlutamate_NoPathwayComposesToDecreases_OnTheAmpaReceptorOrAnythingDownstreamOfIt()
    {
        var downstreamOfAmpa = (await GraphQLAsync("""{ effects(of: "AMPA receptor", maxHops: 10) { entity { id } } }"""))
            .GetProperty("effects").EnumerateArray().Select(e => e.GetProperty("entity").GetProperty("id").GetString()!).Append("ampa-receptor").ToArray();
        Assert.Contains("synaptic-plasticity", downstreamOfAmpa);

        var effects = (await GraphQLAsync("""{ effects(of: "glutamate", maxHops: 10) { entity { id } netEffect } }""")).GetProperty("effects").EnumerateArray().ToArray();
        Assert.NotEmpty(effects);
        Assert.DoesNotContain(effects, e => e.GetProperty("netEffect").GetString() == "DECREASES");
        // Glutamate's activation of NMDA receptors in general no longer runs into the interneurons' disinhibition account.
        Assert.DoesNotContain(effects, e => e.GetProperty("entity").GetProperty("id").GetString() is "glutamatergic-disinhibition" or "glutamate-release");
        foreach (var target in downstreamOfAmpa)
        {
            var graphql = (await GraphQLAsync($$"""{ pathways(from: "glutamate", to: "{{target}}", limit: 50, maxHops: 10) { netEffect } }""")).GetProperty("pathways");
            Assert.DoesNotContain(graphql.EnumerateArray(), p => p.GetProperty("netEffect").GetString() == "DECREASES");
            var tool = (await mcp.CallAsync("trace_pathways", new() { ["from"] = "glutamate", ["to"] = target, ["limit"] = 50, ["max_hops"] = 10 })).AssertSuccess();
            Assert.DoesNotContain(tool.Structured.GetProperty("pathways").EnumerateArray(), p => p.GetProperty("net_effect").GetString() == "decreases");
        }
        // The glutamate surge itself (glutamate release) does increase AMPA receptor activity.
        var surge = (await GraphQLAsync("""{ pathways(from: "glutamate surge", to: "AMPA receptor") { netEffect summary } }""")).GetProperty("pathways")[0];
        Assert.Equal("INCREASES", surge.GetProperty("netEffect").GetString());
        Assert.Equal("Glutamate release increases AMPA receptor activity; net effect: glutamate release increases AMPA receptor activity.",
            surge.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task NoAnswer_SaysTheNmdaReceptorInGeneralDecreasesSynapticPlasticity()
    {
        var pathways = (await GraphQLAsync("""{ pathways(from: "NMDA receptor", to: "synaptic plasticity", limit: 50, maxHops: 10) { summary } }""")).GetProperty("pathways");
        var effects = (await GraphQLAsync("""{ effects(of: "NMDA receptor", maxHops: 10) { entity { id } netEffect } }""")).GetProperty("effects");
        var explain = (await GraphQLAsync("""{ explain(effect: "synaptic plasticity", cause: "NMDA receptor") { narrative } }""")).GetProperty("explain");
        var tool = (await mcp.CallAsync("explain_effect", new() { ["effect"] = "synaptic plasticity", ["cause"] = "NMDA receptor" })).AssertSuccess();
        var trace = (await mcp.CallAsync("trace_pathways", new() { ["from"] = "NMDA receptor", ["to"] = "synaptic plasticity" })).AssertSuccess();

        Assert.Empty(pathways.EnumerateArray());
        Assert.DoesNotContain(effects.EnumerateArray(), e => e.GetProperty("entity").GetProperty("id").GetString() == "synaptic-plasticity");
        foreach (var text in new[] { explain.GetProperty("narrative").GetString()!, tool.Text, trace.Text })
            Assert.DoesNotContain("NMDA receptor decreases synaptic plasticity", text);
        Assert.StartsWith("This graph holds no causal pathway from NMDA receptor in general to synaptic plasticity; "
            + "the document's account is about NMDA receptor (GABAergic interneuron). How NMDA receptor (GABAergic interneuron) reduces synaptic plasticity:",
            explain.GetProperty("narrative").GetString());
        // What the document does say is about the receptors on GABAergic interneurons, and it says so.
        var inContext = (await GraphQLAsync("""{ pathways(from: "NMDA receptor (GABAergic interneuron)", to: "synaptic plasticity", limit: 1) { summary steps { subjectContext { kind entity { xrefs } } } } }"""))
            .GetProperty("pathways")[0];
        Assert.StartsWith("NMDA receptor activity (GABAergic interneuron) holds back disinhibition", inContext.GetProperty("summary").GetString());
        Assert.Equal("CL:0011005", inContext.GetProperty("steps")[0].GetProperty("subjectContext")[0].GetProperty("entity").GetProperty("xrefs")[0].GetString());
    }

    [Fact]
    public async Task ExplainDepression_ByKetamine_GivesTheNeuralConnectionsAccount_WithCitations_MarkedAsTheServicesInference()
    {
        var explain = (await GraphQLAsync("""
            { explain(effect: "depression", cause: "ketamine") {
                heading netEffect narrative citations { quote start end }
                inferences { rule statement conclusion knowledgeLevel agentType via { id } conditionStep { id } causePathway { netEffect entities { id } } } } }
            """)).GetProperty("explain");
        var tool = (await mcp.CallAsync("explain_effect", new() { ["effect"] = "depression", ["cause"] = "ketamine", ["max_chars"] = 8000 })).AssertSuccess();

        var narrative = explain.GetProperty("narrative").GetString()!;
        Assert.Equal("How ketamine counteracts depression (inferred by the service, not stated by the document)", explain.GetProperty("heading").GetString());
        Assert.StartsWith(explain.GetProperty("heading").GetString()!, narrative);
        Assert.Equal("DECREASES", explain.GetProperty("netEffect").GetString());
        Assert.Contains("Depression impairs neural connections (certainty: may) [1].", narrative);
        Assert.Contains("which promotes synaptic plasticity [", narrative);
        Assert.Contains("which helps restore neural connections [", narrative);
        Assert.Contains("the service infers that ketamine counteracts depression", narrative);
        var citations = explain.GetProperty("citations").EnumerateArray().ToArray();
        Assert.Contains(citations, c => c.GetProperty("quote").GetString() == "neural connections that may be impaired in conditions like depression");
        Assert.Contains(citations, c => c.GetProperty("quote").GetString()!.Contains("help restore neural connections"));
        Assert.All(citations, c => Assert.Equal(DocumentText[c.GetProperty("start").GetInt32()..c.GetProperty("end").GetInt32()], c.GetProperty("quote").GetString()));
        for (var i = 1; i <= citations.Length; i++) Assert.Contains($"[{i}]", narrative);

        var inference = Assert.Single(explain.GetProperty("inferences").EnumerateArray());
        Assert.Equal(("opposing influences", "DECREASES", "PREDICTION", "COMPUTATIONAL_MODEL", "neural-connections", "depression-impairs-neural-connections"),
            (inference.GetProperty("rule").GetString(), inference.GetProperty("conclusion").GetString(), inference.GetProperty("knowledgeLevel").GetString(),
             inference.GetProperty("agentType").GetString(), inference.GetProperty("via").GetProperty("id").GetString(), inference.GetProperty("conditionStep").GetProperty("id").GetString()));
        Assert.Equal("INCREASES", inference.GetProperty("causePathway").GetProperty("netEffect").GetString());

        Assert.StartsWith("How ketamine counteracts depression", tool.Text);
        var item = Assert.Single(tool.Structured.GetProperty("inferences").EnumerateArray());
        Assert.Equal(("opposing influences", "prediction", "computational_model"),
            (item.GetProperty("rule").GetString(), item.GetProperty("knowledge_level").GetString(), item.GetProperty("agent_type").GetString()));
        Assert.Equal("decreases", tool.Structured.GetProperty("net_effect").GetString());
    }

    [Fact]
    public async Task ChronicPain_HeadingSaysReduces_ThroughGraphQLAndMcp()
    {
        var explain = (await GraphQLAsync("""{ explain(effect: "chronic pain", cause: "ketamine") { heading netEffect narrative } }""")).GetProperty("explain");
        var tool = (await mcp.CallAsync("explain_effect", new() { ["effect"] = "chronic pain", ["cause"] = "ketamine" })).AssertSuccess();

        Assert.Equal("How ketamine reduces chronic pain", explain.GetProperty("heading").GetString());
        Assert.StartsWith("How ketamine reduces chronic pain: Ketamine helps manage chronic pain [1]", explain.GetProperty("narrative").GetString());
        Assert.Equal("How ketamine reduces chronic pain", tool.Structured.GetProperty("heading").GetString());
        Assert.DoesNotContain("leads to chronic pain", tool.Text);
    }

    [Fact]
    public async Task Headings_FollowTheSign_AndAGenericLinkIsSaidToBeGeneric()
    {
        var release = (await GraphQLAsync("""{ explain(effect: "glutamate release", cause: "ketamine") { heading } }""")).GetProperty("explain");
        var excitotoxicity = (await GraphQLAsync("""{ explain(effect: "excitotoxicity", cause: "ketamine") { heading netEffect narrative } }""")).GetProperty("explain");

        Assert.Equal("How ketamine increases glutamate release", release.GetProperty("heading").GetString());
        Assert.Equal("How ketamine affects excitotoxicity (direction not stated)", excitotoxicity.GetProperty("heading").GetString());
        Assert.Equal("UNKNOWN", excitotoxicity.GetProperty("netEffect").GetString());
        Assert.Contains("The document links excitotoxicity to increased glutamate level in general, not to ketamine", excitotoxicity.GetProperty("narrative").GetString());
    }

    [Fact]
    public async Task KetamineToSynaptogenesis_StillGivesTheDesignCardChainFirst_NowWithEachStepsContextAspectAndKnowledge()
    {
        var first = (await GraphQLAsync("""
            { pathways(from: "ketamine", to: "synaptogenesis") {
                inferredSteps summary entities { id }
                steps { id subjectAspect objectAspect knowledgeLevel agentType inferred inferenceReason
                        subjectContext { kind entityId } objectContext { kind entityId } } } }
            """)).GetProperty("pathways")[0];
        var tool = (await mcp.CallAsync("trace_pathways", new() { ["from"] = "ketamine", ["to"] = "synaptogenesis", ["max_chars"] = 20000 })).AssertSuccess();

        Assert.Equal(["ketamine", "nmda-receptor-gabaergic-interneuron", "glutamatergic-disinhibition", "glutamate-release", "ampa-receptor", "bdnf", "synaptogenesis"],
            first.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        var steps = first.GetProperty("steps").EnumerateArray().ToArray();
        Assert.Equal(["ACTIVITY", null, null, "ACTIVITY", "SIGNALLING", null], steps.Select(s => s.GetProperty("objectAspect").GetString()));
        Assert.Equal([null, "ACTIVITY", null, null, "ACTIVITY", "SIGNALLING"], steps.Select(s => s.GetProperty("subjectAspect").GetString()));
        Assert.Equal("CELL_TYPE gabaergic-interneuron", Context(steps[0].GetProperty("objectContext")));
        Assert.Equal("CELL_TYPE gabaergic-interneuron", Context(steps[1].GetProperty("subjectContext")));
        Assert.Equal(["KNOWLEDGE_ASSERTION", "KNOWLEDGE_ASSERTION", "KNOWLEDGE_ASSERTION", "KNOWLEDGE_ASSERTION", "KNOWLEDGE_ASSERTION", "PREDICTION"],
            steps.Select(s => s.GetProperty("knowledgeLevel").GetString()));
        Assert.All(steps, s => Assert.Equal("MANUAL_AGENT", s.GetProperty("agentType").GetString()));
        Assert.Contains("does not say the pathways promote synaptogenesis", steps[^1].GetProperty("inferenceReason").GetString());
        Assert.Equal(1, first.GetProperty("inferredSteps").GetInt32());
        Assert.Equal("Ketamine decreases NMDA receptor activity (GABAergic interneuron), which increases disinhibition of glutamatergic neurons, "
            + "which increases glutamate release, which increases AMPA receptor activity, which triggers intracellular signalling involving BDNF, "
            + "which promotes synaptogenesis (inferred by the curator); net effect: ketamine increases synaptogenesis.", first.GetProperty("summary").GetString());

        var mcpFirst = tool.Structured.GetProperty("pathways")[0];
        var mcpSteps = mcpFirst.GetProperty("steps").EnumerateArray().ToArray();
        Assert.Equal(first.GetProperty("summary").GetString(), mcpFirst.GetProperty("summary").GetString());
        Assert.Equal("prediction", mcpSteps[^1].GetProperty("knowledge_level").GetString());
        Assert.Equal("knowledge_assertion", mcpSteps[0].GetProperty("knowledge_level").GetString());
        Assert.Equal("activity", mcpSteps[0].GetProperty("object_aspect").GetString());
        Assert.Equal("gabaergic-interneuron", mcpSteps[0].GetProperty("object_context")[0].GetProperty("entity").GetString());
        Assert.Contains("(increases, inferred: prediction)→ synaptogenesis", tool.Text);
    }

    [Fact]
    public async Task ExplainingSynaptogenesis_SaysInferredAtTheStep_AndCitesBothPremises()
    {
        var explain = (await GraphQLAsync("""{ explain(effect: "synaptogenesis", cause: "ketamine") { heading narrative citations { quote } } }""")).GetProperty("explain");

        var narrative = explain.GetProperty("narrative").GetString()!;
        Assert.Equal("How ketamine increases synaptogenesis", explain.GetProperty("heading").GetString());
        Assert.Contains("which promotes synaptogenesis [5][6] (inferred by the curator: the document credits these pathways with synaptic plasticity", narrative);
        var quotes = explain.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("quote").GetString()!).ToArray();
        Assert.Equal("These pathways are crucial for promoting synaptic plasticity", quotes[4]);
        Assert.StartsWith("Ketamine’s action can also promote synaptogenesis", quotes[5]);
    }

    private static string Context(JsonElement terms) =>
        string.Join("; ", terms.EnumerateArray().Select(t => $"{t.GetProperty("kind").GetString()} {t.GetProperty("entityId").GetString()}"));
}
