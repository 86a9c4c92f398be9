using MechanismGraph.Model;

namespace MechanismGraph.Reasoning.Diagrams;

/// <summary>
/// The nodes and edges of one picture: the union of some pathways, each entity and relation once,
/// in order of first appearance so the same pathways always give the same text.
/// </summary>
internal sealed record DiagramGraph(IReadOnlyList<DiagramNode> Nodes, IReadOnlyList<DiagramEdge> Edges)
{
    /// <param name="label">The edge label for a step; the predicate id unless given.</param>
    public static DiagramGraph Of(IEnumerable<Pathway> pathways, IEnumerable<Entity> alsoShow, Func<RelationView, string>? label = null)
    {
        var nodes = new List<DiagramNode>();
        var byEntity = new Dictionary<string, DiagramNode>(StringComparer.Ordinal);
        var edges = new List<DiagramEdge>();
        var seenRelations = new HashSet<string>(StringComparer.Ordinal);
        var ids = new NodeIds();

        DiagramNode Node(Entity entity)
        {
            if (byEntity.TryGetValue(entity.Id, out var node)) return node;
            node = new DiagramNode(ids.For(entity.Id), entity);
            byEntity.Add(entity.Id, node);
            nodes.Add(node);
            return node;
        }

        foreach (var pathway in pathways)
            foreach (var step in pathway.Steps)
            {
                var from = Node(step.Subject);
                var to = Node(step.Object);
                if (seenRelations.Add(step.Id)) edges.Add(new DiagramEdge(from, to, step, label?.Invoke(step) ?? step.Predicate.Id));
            }
        foreach (var entity in alsoShow) Node(entity);
        return new DiagramGraph(nodes, edges);
    }
}
