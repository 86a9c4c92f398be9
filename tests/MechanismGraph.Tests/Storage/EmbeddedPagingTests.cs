using MechanismGraph.Graph;
using MechanismGraph.Model;
using MechanismGraph.Storage;
using MechanismGraph.Storage.Embedded;

namespace MechanismGraph.Tests.Storage;

public sealed class EmbeddedPagingTests
{
    private static KnowledgeGraph Graph()
    {
        var random = new Random(4);
        var predicates = new[] { "increases", "binds" };
        var ids = Enumerable.Range(0, 200).Select(i => $"n{i}").ToArray();
        return TestGraphs.Of(
            [TestGraphs.Predicate("increases", Sign.Increases), TestGraphs.Binds],
            Enumerable.Range(0, 3000).Select(i => new Relation($"r{random.Next(1_000_000):D7}-{i}", ids[random.Next(200)], predicates[i % 2], ids[random.Next(200)], [], [])),
            ids.Select(id => new Entity(id, id, "Thing", [], "", [])), documents: []);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("n7", null, null)]
    [InlineData(null, "n7", null)]
    [InlineData(null, null, "binds")]
    public async Task PagingThroughRelations_VisitsEveryMatchOnce_InIdOrder(string? subject, string? @object, string? predicate)
    {
        var graph = Graph();
        var store = new EmbeddedGraphStore(graph);
        var expected = graph.Relations.Where(r => (subject ?? r.SubjectId) == r.SubjectId && (@object ?? r.ObjectId) == r.ObjectId && (predicate ?? r.PredicateId) == r.PredicateId)
            .Select(r => r.Id).Order(StringComparer.Ordinal).ToList();

        var seen = new List<string>();
        string? after = null;
        Page<Relation> page;
        do
        {
            page = await store.QueryRelationsAsync(new RelationFilter(subject, @object, predicate, after, 97), TestContext.Current.CancellationToken);
            seen.AddRange(page.Items.Select(r => r.Id));
            after = page.Items.Count > 0 ? page.Items[^1].Id : after;
            Assert.Equal(expected.Count, page.TotalCount);
        } while (page.HasNextPage);

        Assert.Equal(expected, seen);
    }
}
