using MechanismGraph.Graph;
using MechanismGraph.Model;

namespace MechanismGraph.Tests.Graph;

public sealed class RelationColumnsTests
{
    private static readonly Predicate Inhibits = TestGraphs.Predicate("inhibits", Sign.Decreases);

    private static Relation Link(string id, string from, string to, Predicate predicate) =>
        new(id, from, predicate.Id, to, [new Qualifier("cell type", id)], [TestGraphs.Quote]) { ObjectAspect = Aspect.Activity };

    [Fact]
    public void Records_BuiltFromColumns_EqualTheRelationsGiven_InIdOrder()
    {
        Relation[] given =
        [
            Link("c", "x", "y", TestGraphs.Activates), Link("a", "y", "z", Inhibits), Link("b", "x", "z", TestGraphs.Activates),
            Link("e", "z", "x", Inhibits) with { Provenance = new Provenance("infores:test", ["PMID:1"]), Indirect = true },
        ];
        var graph = TestGraphs.Of([TestGraphs.Activates, Inhibits], given);

        var sorted = given.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        Assert.Equal(sorted, graph.Relations);
        Assert.Equal(sorted, Enumerable.Range(0, graph.RelationCount).Select(graph.RelationAt));
        Assert.Equal(given[3], graph.Relation("e"));
        Assert.Null(graph.Relation("d"));
        Assert.Equal(["b", "c"], graph.Outgoing("x").Select(r => r.Id));
        Assert.Equal(["a", "b"], graph.Incoming("z").Select(r => r.Id));
        Assert.Equal(["a", "e"], graph.WithPredicate("inhibits").Select(r => r.Id));
        Assert.Equal(given.Length, graph.EvidenceCount);
    }

    [Fact]
    public void ContentHash_IsTheSame_WhateverOrderTheRelationsComeIn()
    {
        Relation[] given = [Link("b", "x", "y", TestGraphs.Activates), Link("a", "y", "z", Inhibits), Link("c", "z", "x", Inhibits)];
        var one = TestGraphs.Of([TestGraphs.Activates, Inhibits], given);
        var other = TestGraphs.Of([TestGraphs.Activates, Inhibits], given.Reverse());

        Assert.Equal(one.ContentHash, other.ContentHash);
    }

    [Fact]
    public void RepeatedId_IsRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            TestGraphs.Of([TestGraphs.Activates], [Link("a", "x", "y", TestGraphs.Activates), Link("a", "y", "z", TestGraphs.Activates)]));

        Assert.Contains("'a'", error.Message);
    }

    [Theory]
    [InlineData(false)] // ids in order: a single ordered run
    [InlineData(true)] // ids in no order: more runs than binary search is kept for, so a hash set takes over
    public void HasId_FindsEveryIdAdded_AndNoOther(bool shuffled)
    {
        var ids = Enumerable.Range(0, 200).Select(i => $"r{i:D4}").ToArray();
        if (shuffled) new Random(7).Shuffle(ids);
        var builder = new RelationColumnsBuilder();
        var template = builder.AddTemplate(Link("", "", "", TestGraphs.Activates));
        var name = builder.Name("x");

        foreach (var id in ids)
        {
            Assert.False(builder.HasId(id));
            builder.Add(id, name, name, name, template);
            Assert.True(builder.HasId(id));
        }

        Assert.All(ids, id => Assert.True(builder.HasId(id)));
        Assert.False(builder.HasId("r0200"));
        Assert.False(builder.HasId("q"));
        Assert.Throws<InvalidOperationException>(() => builder.Add(ids[17], name, name, name, template));
    }
}
