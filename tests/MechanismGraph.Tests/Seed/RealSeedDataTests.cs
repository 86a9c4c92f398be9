using System.Text.RegularExpressions;
using MechanismGraph.Graph;
using MechanismGraph.Model;
using MechanismGraph.Seed;
using MechanismGraph.Testing;
using YamlDotNet.RepresentationModel;

namespace MechanismGraph.Tests.Seed;

public sealed partial class RealSeedDataTests
{
    private static KnowledgeGraph Graph => ShippedSeed.Graph;

    [Fact]
    public void RealSeedData_LoadsWithZeroProblems()
    {
        var result = SeedLoader.Load(SeedFixture.RealSeedDirectory);

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Graph);
        Assert.Single(result.Graph.Documents);
        Assert.True(result.Graph.Entities.Count >= 20);
        Assert.True(result.Graph.Relations.Count >= 25);
    }

    [Fact]
    public void SeedDocument_IsTheSourceAsReceivedByteForByte()
    {
        var shipped = File.ReadAllBytes(Path.Combine(SeedFixture.RealSeedDirectory, "documents", "ketamine-glutamate.txt"));
        // The document exactly as it was handed to the project, kept beside this test so the check needs nothing outside the repository.
        var received = RepositoryRoot.Combine("tests", "MechanismGraph.Tests", "Seed", "Source", "ketamine-glutamate.txt");
        Assert.Equal(File.ReadAllBytes(received), shipped);
    }

    [Fact]
    public void EveryEvidenceQuote_MapsToOffsetsWhoseTextMatchesTheWrittenQuote()
    {
        var written = WrittenQuotes();
        var checkedQuotes = 0;
        foreach (var relation in Graph.Relations)
        {
            var quotes = written[relation.Id];
            Assert.Equal(quotes.Count, relation.Evidence.Count);
            for (var i = 0; i < quotes.Count; i++)
            {
                var evidence = relation.Evidence[i];
                var text = Graph.DocumentsById[evidence.DocumentId].Text;
                Assert.InRange(evidence.Start, 0, evidence.End - 1);
                Assert.Equal(text[evidence.Start..evidence.End], evidence.Quote);
                Assert.Equal(Normalize(quotes[i]), Normalize(evidence.Quote));
                checkedQuotes++;
            }
        }
        Assert.Equal(Graph.EvidenceCount, checkedQuotes);
    }

    [Fact]
    public void EveryRelation_HasEvidence_AndKnownEndsAndPredicate()
    {
        foreach (var relation in Graph.Relations)
        {
            Assert.NotEmpty(relation.Evidence);
            Assert.NotNull(Graph.Entity(relation.SubjectId));
            Assert.NotNull(Graph.Entity(relation.ObjectId));
            Assert.True(Graph.PredicatesById.ContainsKey(relation.PredicateId));
        }
    }

    [Theory]
    [InlineData("ketamine", "ketamine")]
    [InlineData("glutamate", "glutamate")]
    [InlineData("NMDA receptor", "nmda-receptor")]
    [InlineData("NMDAR", "nmda-receptor")]
    [InlineData("N-methyl-D-aspartate receptor", "nmda-receptor")]
    [InlineData("GABAergic interneuron", "gabaergic-interneuron")]
    [InlineData("glutamatergic neuron", "glutamatergic-neuron")]
    [InlineData("AMPA receptor", "ampa-receptor")]
    [InlineData("BDNF", "bdnf")]
    [InlineData("brain-derived neurotrophic factor", "bdnf")]
    [InlineData("mTOR", "mtor")]
    [InlineData("mechanistic target of rapamycin", "mtor")]
    [InlineData("synaptic plasticity", "synaptic-plasticity")]
    [InlineData("synaptogenesis", "synaptogenesis")]
    [InlineData("depression", "depression")]
    [InlineData("chronic pain", "chronic-pain")]
    [InlineData("GABA", "gaba")]
    [InlineData("dopamine", "dopamine")]
    [InlineData("serotonin", "serotonin")]
    [InlineData("excitotoxicity", "excitotoxicity")]
    public void Reference_ResolvesToExactlyOneEntity_IgnoringCase(string reference, string expectedId)
    {
        foreach (var variant in new[] { reference, reference.ToUpperInvariant(), reference.ToLowerInvariant() })
        {
            var matches = Graph.Resolve(variant);
            Assert.Single(matches);
            Assert.Equal(expectedId, matches[0].Id);
        }
    }

    [Fact]
    public void Curie_ResolvesItsEntity()
    {
        Assert.Equal("ketamine", Assert.Single(Graph.Resolve("chebi:6121")).Id);
        Assert.Equal("bdnf", Assert.Single(Graph.Resolve("HGNC:1033")).Id);
    }

    [Fact]
    public void DesignCardChain_IsOneDirectedCausalPath_WithComposedSigns()
    {
        string[][] stages =
        [
            ["ketamine"], ["nmda-receptor-gabaergic-interneuron"], ["glutamatergic-disinhibition"], ["glutamate-release"],
            ["ampa-receptor"], ["bdnf", "mtor"], ["synaptic-plasticity"], ["rapid-antidepressant-action"],
        ];
        var g = Graph;
        foreach (var signalling in stages[5])
        {
            var path = stages.Select(s => s.Length == 1 ? s[0] : signalling).ToArray();
            var steps = path.Zip(path.Skip(1), (from, to) =>
                Assert.Single(g.Outgoing(from), r => r.ObjectId == to && g.PredicatesById[r.PredicateId].IsCausal)).ToList();

            Assert.Equal(Sign.Decreases, g.SignOf(steps[0]));
            Assert.Equal(Sign.Increases, SignMath.Compose(steps.Take(3).Select(g.SignOf)));
            Assert.Equal(Sign.Increases, SignMath.Compose(steps.Select(g.SignOf)));
        }
    }

    [Fact]
    public void KetamineEffectsOnOtherTransmitters_HaveUnknownDirection()
    {
        var g = Graph;
        foreach (var target in new[] { "glutamate", "gaba", "dopamine", "serotonin" })
        {
            var relation = Assert.Single(g.Outgoing("ketamine"), r => r.ObjectId == target);
            Assert.Equal(Sign.Unknown, g.SignOf(relation));
        }
    }

    [Fact]
    public void LoadingTwice_GivesEqualGraphs()
    {
        var first = SeedLoader.Load(SeedFixture.RealSeedDirectory).Graph!;
        var second = SeedLoader.Load(SeedFixture.RealSeedDirectory).Graph!;

        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.Equal(first.Entities, second.Entities, (a, b) => a.Id == b.Id && a.Name == b.Name && a.Aliases.SequenceEqual(b.Aliases) && a.Xrefs.SequenceEqual(b.Xrefs));
        Assert.Equal(first.Relations.Select(r => (r.Id, r.SubjectId, r.PredicateId, r.ObjectId)), second.Relations.Select(r => (r.Id, r.SubjectId, r.PredicateId, r.ObjectId)));
        Assert.Equal(first.Relations.SelectMany(r => r.Evidence), second.Relations.SelectMany(r => r.Evidence));
    }

    private static Dictionary<string, List<string>> WrittenQuotes()
    {
        var quotes = new Dictionary<string, List<string>>();
        foreach (var file in Directory.EnumerateFiles(SeedFixture.RealSeedDirectory, "*.yaml", SearchOption.AllDirectories))
        {
            var stream = new YamlStream();
            using (var reader = File.OpenText(file)) stream.Load(reader);
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            if (!root.Children.TryGetValue(new YamlScalarNode("relations"), out var relations)) continue;
            foreach (YamlMappingNode relation in ((YamlSequenceNode)relations).Children)
                quotes[relation["id"].ToString()] = ((YamlSequenceNode)relation["evidence"]).Children
                    .Select(e => ((YamlMappingNode)e)["quote"].ToString()).ToList();
        }
        return quotes;
    }

    private static string Normalize(string s) => Whitespace().Replace(s.Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"'), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
