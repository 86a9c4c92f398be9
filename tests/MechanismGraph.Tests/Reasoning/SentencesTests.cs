using MechanismGraph.Model;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Tests.Reasoning;

/// <summary>The words follow the aspects and the signs: no double negatives, headings that say the direction.</summary>
public sealed class SentencesTests
{
    private static readonly Entity Drug = new("drug", "ketamine", "Drug", [], "", []);
    private static readonly Entity Receptor = new("r", "NMDA receptor (GABAergic interneuron)", "Receptor", [], "", [],
        new EntityContext("nmda", [new ContextTerm(ContextKind.CellType, "gaba")]));
    private static readonly Entity Disinhibition = new("d", "disinhibition of glutamatergic neurons", "BiologicalProcess", [], "", []);
    private static readonly Entity Glutamate = new("g", "glutamate", "Neurotransmitter", [], "", []);
    private static readonly Entity Damage = new("x", "excitotoxicity", "Effect", [], "", []);

    private static RelationView Step(Entity subject, string predicate, Sign sign, Entity @object, Func<Relation, Relation>? edit = null)
    {
        var relation = new Relation($"{subject.Id}-{@object.Id}", subject.Id, predicate, @object.Id, [], [TestGraphs.Quote]);
        var view = new RelationView(edit?.Invoke(relation) ?? relation, subject,
            new Predicate(predicate, sign, predicate switch { "prevents" => "holds back", "causes" => "can lead to", _ => predicate }, "", "", new BiolinkMapping("biolink:affects")),
            @object, "");
        return view with { Sentence = Sentences.Of(view) };
    }

    [Fact]
    public void Summary_ThroughAnAssociation_StatesNoEffect_NotAnEffectOfUnknownDirection()
    {
        var associated = new Predicate("associated_with", Sign.Unknown, "is associated with", "is associated with", "",
            new BiolinkMapping("biolink:associated_with"), Causal: false);
        var relation = new Relation("drug-x", Drug.Id, associated.Id, Damage.Id, [], [TestGraphs.Quote]);
        var step = new RelationView(relation, Drug, associated, Damage, "");

        var summary = Sentences.Summary([step], Sign.Unknown);

        Assert.Equal("Ketamine is associated with excitotoxicity; a step is an association, so no effect of ketamine on excitotoxicity is stated.", summary);
    }

    [Fact]
    public void Relation_KeepsTheDocumentsVerb_AndSaysWhatAboutTheObjectChanges()
    {
        var block = Step(Drug, "blocks", Sign.Decreases, Receptor, r => r with { ObjectAspect = Aspect.Activity });

        Assert.Equal("Ketamine blocks NMDA receptor (GABAergic interneuron), decreasing its activity.", block.Sentence);
    }

    [Fact]
    public void Chain_AfterADecrease_SaysThePlainResult_NotADoubleNegative()
    {
        var steps = new[]
        {
            Step(Drug, "blocks", Sign.Decreases, Receptor, r => r with { ObjectAspect = Aspect.Activity }),
            Step(Receptor, "prevents", Sign.Decreases, Disinhibition, r => r with { SubjectAspect = Aspect.Activity }),
        };

        Assert.Equal("Ketamine decreases NMDA receptor activity (GABAergic interneuron), which increases disinhibition of glutamatergic neurons; "
            + "net effect: ketamine increases disinhibition of glutamatergic neurons.", Sentences.Summary(steps, Pathway.NetOf(steps)));
    }

    [Theory]
    [InlineData(Sign.Decreases, "How ketamine reduces chronic pain")]
    [InlineData(Sign.Increases, "How ketamine increases chronic pain")]
    [InlineData(Sign.Unknown, "How ketamine affects chronic pain (direction not stated)")]
    public void Heading_FollowsTheNetSign(Sign net, string heading) =>
        Assert.Equal(heading, Sentences.Heading(Drug, net, new Entity("p", "chronic pain", "Disease", [], "", []), null));

    [Fact]
    public void StepTheDocumentTiesToAGeneralChange_IsSaidToBeGeneral_AndGivesNoDirection()
    {
        var steps = new[]
        {
            Step(Drug, "affects", Sign.Unknown, Glutamate, r => r with { ObjectAspect = Aspect.Abundance }),
            Step(Glutamate, "causes", Sign.Increases, Damage, r => r with { SubjectAspect = Aspect.Abundance, SubjectChange = Sign.Increases }),
        };

        var caveat = Assert.Single(Sentences.Caveats(steps));
        Assert.Equal("The document links excitotoxicity to increased glutamate level in general, not to ketamine: "
            + "it does not say in which direction ketamine changes glutamate level.", caveat);
        Assert.Equal(Sign.Unknown, Pathway.NetOf(steps));
        // A chain that does bring the change about composes as usual.
        Assert.Equal(Sign.Increases, Pathway.NetOf([steps[1]]));
    }
}
