using MechanismGraph.Search;

namespace MechanismGraph.Tests.Search;

public sealed class EntitySearchIndexTests
{
    private sealed record Named(string Id, string Name, string[] Aliases, string[] Xrefs);

    private static readonly Named[] Entities =
    [
        new("ampa-receptor", "AMPA receptor", ["AMPAR"], ["GO:0032281"]),
        new("glutamate", "Glutamate", ["L-glutamate"], ["CHEBI:14321"]),
        new("glutamate-surge", "Glutamate surge", [], []),
        new("ketamine", "Ketamine", ["Ketalar"], ["CHEBI:6121"]),
        new("ket", "Ketone body", ["ketamine"], []),
        new("nmda-receptor", "NMDA receptor", ["NMDAR", "N-methyl-D-aspartate receptor"], ["GO:0017146"]),
        new("receptor", "Receptor", [], []),
    ];

    private static readonly EntitySearchIndex Index = EntitySearchIndex.Build(Entities, e =>
        [(e.Id, LabelKind.Id), .. e.Xrefs.Select(x => (x, LabelKind.Curie)), (e.Name, LabelKind.Name), .. e.Aliases.Select(a => (a, LabelKind.Alias))]);

    private static string[] Ranked(string text, int count = 10) => Index.Rank(text, count).Select(h => Entities[h.Entity].Id).ToArray();

    [Fact]
    public void Rank_AnExactLabel_ComesFirst_IdBeforeAlias()
    {
        // "ketamine" is the id (and name) of one entity and an alias of another: the id wins, the alias follows.
        var hits = Index.Rank("KETAMINE", 10);

        Assert.Equal(["ketamine", "ket"], hits.Take(2).Select(h => Entities[h.Entity].Id));
        Assert.Equal((MatchTier.Exact, LabelKind.Id), (hits[0].Tier, hits[0].Kind));
        Assert.Equal((MatchTier.Exact, LabelKind.Alias), (hits[1].Tier, hits[1].Kind));
    }

    [Fact]
    public void Rank_ExactThenPrefixThenTokenThenSubstring()
    {
        // "receptor": exact for Receptor; a later word of AMPA/NMDA receptor; nothing starts with it otherwise.
        Assert.Equal(["receptor", "ampa-receptor", "nmda-receptor"], Ranked("receptor"));
        var glutamate = Index.Rank("glutamate", 10);
        Assert.Equal(["glutamate", "glutamate-surge"], glutamate.Select(h => Entities[h.Entity].Id));
        Assert.Equal([MatchTier.Exact, MatchTier.Prefix], glutamate.Select(h => h.Tier));
        // "amate" starts no word: both glutamates contain it, before any near miss ("ampar" is three edits away).
        Assert.Equal([MatchTier.Substring, MatchTier.Substring, MatchTier.Fuzzy], Index.Rank("amate", 10).Select(h => h.Tier));
    }

    [Fact]
    public void Rank_AShorterCompletion_BeforeALongerOne()
    {
        Assert.Equal(["ket", "ketamine"], Ranked("ket", 2));
        Assert.Equal(["ketamine", "ket"], Ranked("keta", 2));
    }

    [Fact]
    public void Rank_AMultiWordQuery_MatchesALaterWordRun()
    {
        var hit = Assert.Single(Index.Rank("methyl-d-asp", 10));

        Assert.Equal(("nmda-receptor", MatchTier.Token, LabelKind.Alias), (Entities[hit.Entity].Id, hit.Tier, hit.Kind));
    }

    [Fact]
    public void Rank_AMisspelling_IsAFuzzyHit_WithItsEditDistance()
    {
        var hits = Index.Rank("ketamime", 3);

        Assert.Equal("ketamine", Entities[hits[0].Entity].Id);
        Assert.Equal((MatchTier.Fuzzy, 1), (hits[0].Tier, hits[0].Distance));
    }

    [Fact]
    public void Rank_NothingClose_IsEmpty()
    {
        Assert.Empty(Index.Rank("zzzzzzzzzzzz", 3));
        Assert.Empty(Index.Rank("   ", 3));
    }

    [Theory]
    [InlineData("GLUTAMAT", new[] { "glutamate", "glutamate-surge" })]
    [InlineData("chebi:", new[] { "glutamate", "ketamine" })]
    [InlineData("r", new[] { "ampa-receptor", "glutamate-surge", "ketamine", "nmda-receptor", "receptor" })]
    [InlineData("ar", new[] { "ampa-receptor", "ketamine", "nmda-receptor" })]
    [InlineData("xyz", new string[0])]
    public void Containing_IsEveryEntityWithTheSubstring_InOrder(string text, string[] expected)
    {
        var scan = Entities.Select((e, i) => (e, i))
            .Where(x => new[] { x.e.Id, x.e.Name }.Concat(x.e.Aliases).Concat(x.e.Xrefs).Any(l => l.Contains(text, StringComparison.OrdinalIgnoreCase)))
            .Select(x => x.e.Id);

        Assert.Equal(expected, Index.Containing(text).Select(e => Entities[e].Id));
        Assert.Equal(scan, Index.Containing(text).Select(e => Entities[e].Id));
    }
}
