using System.Text;
using MechanismGraph.Graph;
using MechanismGraph.Import;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;
using MechanismGraph.Seed;
using MechanismGraph.Storage.Embedded;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Import;

/// <summary>
/// A generated graph shaped like Hetionet's conversion: compounds, genes and diseases joined by causal edges and by many
/// more association, similarity and ontology edges. Default answers follow causal steps only; naming an association
/// predicate brings it back, said in words, with net effect UNKNOWN.
/// </summary>
public sealed class HetionetLikeGraphTests : IDisposable
{
    private const int Compounds = 20, Genes = 60, Diseases = 15;
    private static readonly KnowledgeGraph Seed = SeedLoader.Load(SeedFixture.RealSeedDirectory).Graph!;
    private static readonly string[] NonCausal =
        ["biolink:gene_associated_with_condition", "biolink:similar_to", "biolink:subclass_of", "biolink:correlated_with", "biolink:interacts_with"];

    private readonly KgxTempFiles _files;
    private readonly KnowledgeGraph _graph;

    public HetionetLikeGraphTests()
    {
        var random = new Random(14);
        var nodes = new List<string>();
        for (var i = 0; i < Compounds; i++) nodes.Add($"DRUGBANK:DB{i:D5}\tbiolink:SmallMolecule\tcompound {i}");
        for (var i = 0; i < Genes; i++) nodes.Add($"NCBIGene:{i + 1}\tbiolink:Gene\tgene {i}");
        for (var i = 0; i < Diseases; i++) nodes.Add($"DOID:{i + 1}\tbiolink:Disease|biolink:NamedThing\tdisease {i}");
        string C(int i) => $"DRUGBANK:DB{i % Compounds:D5}";
        string G(int i) => $"NCBIGene:{i % Genes + 1}";
        string D(int i) => $"DOID:{i % Diseases + 1}";
        var edges = new StringBuilder();
        void Edge(string s, string p, string o, string direction = "") => edges.Append($"{s}\t{p}\t{o}\t{direction}\tinfores:hetionet\n");
        for (var i = 0; i < 40; i++) Edge(C(random.Next()), "biolink:affects", G(random.Next()), random.Next(2) == 0 ? "increased" : "decreased");
        for (var i = 0; i < 60; i++) Edge(G(random.Next()), "biolink:regulates", G(random.Next()));
        for (var i = 0; i < 20; i++) Edge(G(random.Next()), "biolink:contributes_to", D(random.Next()));
        // Far more non-causal edges than causal ones, as in Hetionet.
        for (var i = 0; i < 150; i++) Edge(G(random.Next()), "biolink:gene_associated_with_condition", D(random.Next()));
        for (var i = 0; i < 60; i++) Edge(D(random.Next()), "biolink:similar_to", D(random.Next()));
        for (var i = 0; i < 60; i++) Edge(C(random.Next()), "biolink:similar_to", C(random.Next()));
        for (var i = 0; i < 30; i++) Edge(D(random.Next()), "biolink:subclass_of", D(random.Next()));
        for (var i = 0; i < 80; i++) Edge(G(random.Next()), "biolink:interacts_with", G(random.Next()));
        for (var i = 0; i < 40; i++) Edge(G(random.Next()), "biolink:correlated_with", G(random.Next()));
        _files = new KgxTempFiles(nodes, edges.ToString().TrimEnd('\n').Split('\n'), "id\tcategory\tname", "subject\tpredicate\tobject\tobject_direction_qualifier\tprimary_knowledge_source");
        var result = KgxImporter.Import(Seed, [_files.Files]);
        Assert.True(result.Succeeded, string.Join("\n", result.Report.Problems));
        _graph = result.Graph!;
    }

    private ReasoningServices Reasoning => new(new EmbeddedGraphStore(_graph));

    [Fact]
    public void NonCausalPredicates_OutnumberCausalOnes_AndAreNotCausal()
    {
        var imported = _graph.Relations.Where(r => r.Provenance is not null).ToArray();
        var causal = imported.Count(r => _graph.PredicatesById[r.PredicateId].IsCausal);

        Assert.InRange(causal, 1, imported.Length / 3);
        // biolink:subclass_of is also the curated context link ("specialises"), which imports never reuse: both are non-causal.
        Assert.All(NonCausal, p => Assert.All(_graph.Predicates.Where(x => x.Biolink.Predicate == p).DefaultIfEmpty(),
            x => Assert.False(x?.IsCausal ?? true, p)));
    }

    [Fact]
    public async Task DefaultPathways_HaveNoNonCausalStep()
    {
        var reasoning = Reasoning;
        var steps = new List<RelationView>();
        for (var c = 0; c < Compounds; c++)
            for (var d = 1; d <= Diseases; d += 3)
            {
                var found = await reasoning.Pathways.FindAsync($"DRUGBANK:DB{c:D5}", $"DOID:{d}", new PathwayOptions(MaxHops: 4, Limit: 5), TestContext.Current.CancellationToken);
                steps.AddRange(found.Pathways.SelectMany(p => p.Steps));
            }

        Assert.NotEmpty(steps); // the causal chains exist
        Assert.All(steps, s => Assert.True(s.Predicate.IsCausal, s.Sentence));
        Assert.DoesNotContain(steps, s => s.Sentence.Contains("associated", StringComparison.Ordinal) || s.Sentence.Contains("resembles", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DefaultEffects_FollowOnlyCausalSteps()
    {
        var effects = await Reasoning.Influences.EffectsAsync("DRUGBANK:DB00000", 4, TestContext.Current.CancellationToken);

        Assert.All(effects.Influences.SelectMany(i => i.Pathway.Steps), s => Assert.True(s.Predicate.IsCausal, s.Sentence));
    }

    [Fact]
    public async Task NamingAnAssociation_BringsItBack_InWords_WithNetEffectUnknown()
    {
        var reasoning = Reasoning;
        var association = _graph.Predicates.Single(p => p.Biolink.Predicate == "biolink:gene_associated_with_condition").Id;
        var relation = _graph.WithPredicate(association)[0];

        var found = await reasoning.Pathways.FindAsync(relation.SubjectId, relation.ObjectId,
            new PathwayOptions(MaxHops: 1, Limit: 5, Predicates: [association]), TestContext.Current.CancellationToken);
        var byDefault = await reasoning.Pathways.FindAsync(relation.SubjectId, relation.ObjectId,
            new PathwayOptions(MaxHops: 1, Limit: 5), TestContext.Current.CancellationToken);

        var pathway = Assert.Single(found.Pathways);
        Assert.Equal(Sign.Unknown, pathway.NetEffect);
        Assert.Contains(" is associated with ", pathway.Summary);
        Assert.DoesNotContain(byDefault.Pathways, p => p.Steps.Any(s => s.Predicate.Id == association));
    }

    public void Dispose() => _files.Dispose();
}
