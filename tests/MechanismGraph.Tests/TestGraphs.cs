using MechanismGraph.Graph;
using MechanismGraph.Model;

namespace MechanismGraph.Tests;

/// <summary>Small hand-made graphs for tests of the search and reasoning: one kind, entities named by their ids.</summary>
internal static class TestGraphs
{
    public static readonly Predicate Activates = Predicate("activates", Sign.Increases);
    public static readonly Predicate Binds = Predicate("binds", Sign.None);

    /// <summary>One quote of a one-character document, for relations whose evidence does not matter to the test.</summary>
    public static readonly Evidence Quote = new("doc", "x", 0, 1);

    public static Predicate Predicate(string id, Sign sign) => new(id, sign, id, $"is {id} by", "", new BiolinkMapping("biolink:affects"));

    /// <summary>
    /// A graph of these relations; every end without an entry in <paramref name="entities"/> becomes an entity named by its id,
    /// and the document "doc" is there unless others are given.
    /// </summary>
    public static KnowledgeGraph Of(
        IEnumerable<Predicate> predicates, IEnumerable<Relation> relations,
        IEnumerable<Entity>? entities = null, IEnumerable<Document>? documents = null)
    {
        var list = relations.ToList();
        var given = (entities ?? []).ToDictionary(e => e.Id);
        var derived = list.SelectMany(r => new[] { r.SubjectId, r.ObjectId }).Distinct()
            .Where(id => !given.ContainsKey(id)).Select(id => new Entity(id, id, "Thing", [], "", []));
        return new KnowledgeGraph([new EntityKind("Thing", "", "biolink:NamedThing")], predicates, given.Values.Concat(derived),
            documents ?? [new Document("doc", "doc", "doc.txt", null, null, "x")], list);
    }
}
