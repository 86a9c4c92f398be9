using MechanismGraph.Reasoning;
using MechanismGraph.Reasoning.Diagrams;
using static MechanismGraph.Tests.Reasoning.Diagrams.DiagramSamples;

namespace MechanismGraph.Tests.Reasoning.Diagrams;

public sealed class MermaidWriterTests
{
    private static readonly MechanismGraph.Model.Entity Ketamine = Entity("ketamine", "ketamine", "Drug");
    private static readonly MechanismGraph.Model.Entity Nmda = Entity("nmda-receptor", "NMDA receptor", "Receptor");
    private static readonly MechanismGraph.Model.Entity Release = Entity("glutamate-release", "glutamate release", "BiologicalProcess");

    [Fact]
    public void Pathway_IsALeftToRightFlowchart_LabelledByPredicate_ColouredBySign_ShapedByKind()
    {
        var pathway = Pathway.From([Step(Ketamine, Blocks, Nmda), Step(Nmda, Activates, Release)]);

        Assert.Equal("""
            flowchart LR
              accTitle: Pathway from ketamine to glutamate release
              accDescr: Ketamine blocks NMDA receptor, which activates glutamate release; net effect: ketamine decreases glutamate release.
              e_ketamine(["ketamine"]):::kind_Drug
              e_nmda_receptor["NMDA receptor"]:::kind_Receptor
              e_glutamate_release("glutamate release"):::kind_BiologicalProcess
              e_ketamine --x|"blocks"| e_nmda_receptor
              e_nmda_receptor -->|"activates"| e_glutamate_release
              classDef kind_Drug fill:#ede7f6,stroke:#5e35b1,color:#212121
              classDef kind_Receptor fill:#e3f2fd,stroke:#1565c0,color:#212121
              classDef kind_BiologicalProcess fill:#f1f8e9,stroke:#558b2f,color:#212121
              linkStyle 1 stroke:#2e7d32,stroke-width:2px,color:#2e7d32
              linkStyle 0 stroke:#c62828,stroke-width:2px,color:#c62828

            """.ReplaceLineEndings("\n"), MermaidWriter.Pathway(pathway));
    }

    [Fact]
    public void UnknownAndNonCausalSteps_AreDottedGrey_UnknownDashedDifferentlyFromNonCausal()
    {
        var glutamate = Entity("glutamate", "glutamate", "Neurotransmitter");
        var text = MermaidWriter.Pathway(Pathway.From([Step(Ketamine, Affects, glutamate), Step(glutamate, Binds, Nmda)]));

        Assert.Contains("e_ketamine -.->|\"affects\"| e_glutamate\n", text);
        Assert.Contains("e_glutamate -.->|\"binds\"| e_nmda_receptor\n", text);
        Assert.Contains("linkStyle 0 stroke:#616161,stroke-width:2px,color:#616161,stroke-dasharray:6 4\n", text);
        Assert.Contains("linkStyle 1 stroke:#9e9e9e,stroke-width:2px,color:#9e9e9e,stroke-dasharray:2 3\n", text);
        Assert.Contains("e_glutamate([\"glutamate\"]):::kind_Neurotransmitter", text);
    }

    [Theory]
    [InlineData("say \"no\"", "say #quot;no#quot;")]
    [InlineData("#1 receptor", "#35;1 receptor")]
    [InlineData("#quot; stays literal", "#35;quot; stays literal")]
    [InlineData("a<b>&c", "a#lt;b#gt;#amp;c")]
    [InlineData("x | y", "x #124; y")]
    [InlineData("`md`", "#96;md#96;")]
    [InlineData("[sic] (p) {q}", "[sic] (p) {q}")]
    [InlineData("γ-aminobutyric acid", "γ-aminobutyric acid")]
    [InlineData("two\nlines", "two lines")]
    public void Labels_EscapeEveryCharacterMermaidWouldRead(string name, string escaped) =>
        Assert.Equal(escaped, MermaidWriter.Escape(name));

    [Fact]
    public void NodeIds_AreSafeIdentifiers_UniqueEvenWhenEntityIdsCollideAfterCleaning()
    {
        var end = Entity("end", "end", "Thing");
        var dotted = Entity("a.b", "a dot b", "Odd Kind!");
        var dashed = Entity("a-b", "a dash b", "Receptor");
        var text = MermaidWriter.Pathway(Pathway.From([Step(end, Activates, dotted), Step(dotted, Activates, dashed)]));

        Assert.Contains("  e_end[\"end\"]:::kind_Thing\n", text);
        Assert.Contains("  e_a_b[\"a dot b\"]:::kind_Odd_Kind_\n", text);
        Assert.Contains("  e_a_b_2[\"a dash b\"]:::kind_Receptor\n", text);
        Assert.Contains("  e_end -->|\"activates\"| e_a_b\n", text);
        Assert.Contains("  e_a_b -->|\"activates\"| e_a_b_2\n", text);
    }

    [Fact]
    public void Explanation_DrawsEachRelationOnce_AndLabelsArrowsWithTheNarrativesCitationMarks()
    {
        var ampa = Entity("ampa-receptor", "AMPA receptor", "Receptor");
        var first = Pathway.From([Step(Ketamine, Blocks, Nmda, Quote("blocks it", 10)), Step(Nmda, Activates, ampa, Quote("then activates", 40))]);
        var second = Pathway.From([Step(Ketamine, Blocks, Nmda, Quote("blocks it", 10)), Step(Nmda, Affects, ampa, Quote("may affect", 70))]);
        var explanation = new Explanation(ampa, Ketamine, [first, second], "…",
            [Quote("blocks it", 10), Quote("then activates", 40), Quote("may affect", 70)]);

        var text = MermaidWriter.Explanation(explanation);

        Assert.Equal(1, text.Split('\n').Count(l => l.StartsWith("  e_ketamine --x", StringComparison.Ordinal)));
        Assert.Contains("e_ketamine --x|\"blocks [1]\"| e_nmda_receptor\n", text);
        Assert.Contains("e_nmda_receptor -->|\"activates [2]\"| e_ampa_receptor\n", text);
        Assert.Contains("e_nmda_receptor -.->|\"affects [3]\"| e_ampa_receptor\n", text);
        Assert.Contains("accTitle: Explanation of AMPA receptor from ketamine\n", text);
    }

    [Fact]
    public void Explanation_WithoutPathways_StillShowsTheCauseAndEffect()
    {
        var explanation = new Explanation(Release, Ketamine, [], "This graph holds no causal pathway…", []);

        var text = MermaidWriter.Explanation(explanation);

        Assert.Contains("  e_ketamine([\"ketamine\"]):::kind_Drug\n", text);
        Assert.Contains("  e_glutamate_release(\"glutamate release\"):::kind_BiologicalProcess\n", text);
        Assert.DoesNotContain("-->", text);
        Assert.DoesNotContain("linkStyle", text);
    }

    [Fact]
    public void SamePathway_GivesTheSameText()
    {
        RelationView[] Steps() => [Step(Ketamine, Blocks, Nmda), Step(Nmda, Activates, Release)];
        Assert.Equal(MermaidWriter.Pathway(Pathway.From(Steps())), MermaidWriter.Pathway(Pathway.From(Steps())));
    }
}
