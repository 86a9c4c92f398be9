namespace MechanismGraph.Api.Tests;

/// <summary>Pathway and explanation diagrams as served, on the real seed-data.</summary>
public sealed class DiagramQueryTests(SharedApi api) : IClassFixture<SharedApi>
{
    [Fact]
    public async Task PathwayMermaid_FromKetamineToSynaptogenesis_DrawsTheChainInOrder_WithTheBlockInRed()
    {
        var response = await api.Factory.QueryAsync("""{ pathways(from: "ketamine", to: "synaptogenesis", limit: 1) { mermaid } }""");

        var mermaid = response.AssertNoErrors().Data.GetProperty("pathways")[0].GetProperty("mermaid").GetString()!;
        Assert.StartsWith("flowchart LR\n", mermaid);
        var edges = mermaid.Split('\n').Where(l => l.Contains("|\"", StringComparison.Ordinal)).ToArray();
        Assert.Equal("  e_ketamine --x|\"blocks\"| e_nmda_receptor_gabaergic_interneuron", edges[0]);
        Assert.Equal("  e_glutamate_release -->|\"activates\"| e_ampa_receptor", edges[3]);
        Assert.Contains("linkStyle 0,1 stroke:#c62828", mermaid);
    }

    [Fact]
    public async Task PathwayDot_FromKetamineToSynaptogenesis_IsADigraphWithOneArrowPerStep()
    {
        var response = await api.Factory.QueryAsync("""{ pathways(from: "ketamine", to: "synaptogenesis", limit: 1) { length dot } }""");

        var pathway = response.AssertNoErrors().Data.GetProperty("pathways")[0];
        var dot = pathway.GetProperty("dot").GetString()!;
        Assert.StartsWith("digraph pathway {\n  graph [rankdir=LR", dot);
        Assert.EndsWith("}\n", dot);
        Assert.Equal(pathway.GetProperty("length").GetInt32(), dot.Split('\n').Count(l => l.Contains(" -> ", StringComparison.Ordinal)));
        Assert.Contains("e_ketamine -> e_nmda_receptor_gabaergic_interneuron [label=\"blocks\", color=\"#c62828\", fontcolor=\"#c62828\", arrowhead=tee", dot);
    }

    [Fact]
    public async Task ExplanationMermaid_LabelsArrowsWithTheNarrativesCitationMarks()
    {
        var response = await api.Factory.QueryAsync("""{ explain(effect: "rapid antidepressant action", cause: "ketamine") { narrative citations { quote } mermaid } }""");

        var explanation = response.AssertNoErrors().Data.GetProperty("explain");
        var mermaid = explanation.GetProperty("mermaid").GetString()!;
        Assert.Contains("e_ketamine --x|\"blocks [1]\"| e_nmda_receptor_gabaergic_interneuron", mermaid);
        Assert.Contains("Ketamine decreases NMDA receptor activity (GABAergic interneuron) [1]", explanation.GetProperty("narrative").GetString());
        for (var i = 1; i <= explanation.GetProperty("citations").GetArrayLength(); i++)
            Assert.Contains($" [{i}]\"|", mermaid);
    }
}
