using MechanismGraph.Model;
using MechanismGraph.Seed;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Seed;

/// <summary>How a curator states context, aspects and inferences, and what the validator refuses.</summary>
public sealed class ContextAndAspectSeedTests
{
    private static IReadOnlyList<SeedProblem> Problems(string yaml)
    {
        using var fixture = new SeedFixture().Write("documents/extra.yaml", yaml);
        return fixture.Load().Problems;
    }

    [Fact]
    public void ShippedData_StatesContextAspectsAndKnowledgeAsTypedData()
    {
        var graph = SeedLoader.Load(SeedFixture.RealSeedDirectory).Graph!;

        var specific = graph.Entity("nmda-receptor-gabaergic-interneuron")!;
        Assert.Equal(new EntityContext("nmda-receptor", [new ContextTerm(ContextKind.CellType, "gabaergic-interneuron")]).GeneralId, specific.Context!.GeneralId);
        Assert.Equal([new ContextTerm(ContextKind.CellType, "gabaergic-interneuron")], specific.Context.Terms);
        Assert.Equal(Aspect.Activity, graph.Relation("ketamine-blocks-nmda-receptor")!.ObjectAspect);
        Assert.Equal(Aspect.Abundance, graph.Relation("ketamine-affects-dopamine")!.ObjectAspect);
        Assert.Equal(Sign.Increases, graph.Relation("glutamate-causes-excitotoxicity")!.SubjectChange);
        var inferred = graph.Relation("bdnf-promotes-synaptogenesis")!.Knowledge;
        Assert.Equal((KnowledgeLevel.Prediction, AgentType.ManualAgent), (inferred.Level, inferred.Agent));
        Assert.Contains("does not say the pathways promote synaptogenesis", inferred.InferenceReason);
        Assert.Equal(Knowledge.Stated, graph.Relation("glutamate-release-activates-ampa-receptor")!.Knowledge);
        // Every causal relation's own context is typed data; no relation carries a free-text cell type any more.
        Assert.DoesNotContain(graph.Relations, r => r.Qualifiers.Any(q => q.Key is "cell type" or "aspect" or "location"));
    }

    [Fact]
    public void AnUnknownAspect_AnUnknownContextEntity_AndAStatedLevelUnderInferred_AreEachReported()
    {
        var problems = Problems("""
            relations:
              - id: ketamine-blocks-ampa-receptor
                subject: ketamine
                predicate: blocks
                object: ampa-receptor
                object_aspect: loudness
                context: { cell type: purkinje-cell }
                inferred: { level: knowledge_assertion, reason: because }
                evidence:
                  - document: ketamine-glutamate
                    quote: "Ketamine primarily interacts with glutamate"
            """);

        Assert.Contains(problems, p => p.Message.Contains("'object_aspect' must be one of activity, abundance"));
        Assert.Contains(problems, p => p.Kind == SeedProblemKind.UnknownEntity && p.Message.Contains("context cell type 'purkinje-cell'"));
        Assert.Contains(problems, p => p.Message.Contains("inferred level must be logical_entailment or prediction"));
    }

    [Fact]
    public void AContextSpecificEntityWithoutASpecialisesRelation_IsReported()
    {
        using var fixture = new SeedFixture().Write("extra-entities.yaml", """
            entities:
              - id: ampa-receptor-gabaergic-interneuron
                name: AMPA receptor (GABAergic interneuron)
                kind: Receptor
                context: { cell type: gabaergic-interneuron }
            """);

        var problem = Assert.Single(fixture.Load().Problems);
        Assert.Contains("has a context but no 'specialises' relation", problem.Message);
    }

    [Fact]
    public void RelationsThatWouldChainAcrossDifferentContexts_AreReported()
    {
        var problems = Problems("""
            relations:
              - id: ketamine-increases-bdnf-in-interneurons
                subject: ketamine
                predicate: increases
                object: bdnf
                context: { cell type: gabaergic-interneuron }
                evidence: [{ document: ketamine-glutamate, quote: "Ketamine primarily interacts with glutamate" }]
              - id: bdnf-increases-synaptogenesis-in-glutamatergic-neurons
                subject: bdnf
                predicate: increases
                object: synaptogenesis
                context: { cell type: glutamatergic-neuron }
                evidence: [{ document: ketamine-glutamate, quote: "Ketamine primarily interacts with glutamate" }]
            """);

        var problem = Assert.Single(problems);
        Assert.Contains("meet at 'bdnf' in different contexts", problem.Message);
    }
}
