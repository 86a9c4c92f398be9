using MechanismGraph.Graph;

namespace MechanismGraph.Storage.Embedded;

/// <summary>Seeds the embedded store by swapping in the new in-memory graph; the same content (by hash) changes nothing.</summary>
internal sealed class EmbeddedGraphSeeder(EmbeddedGraphStore store) : IGraphSeeder
{
    public Task<SeedReport> SeedAsync(KnowledgeGraph graph, IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var changed = store.Graph.ContentHash != graph.ContentHash;
        if (changed) store.Replace(graph);
        var total = graph.Kinds.Count + graph.Predicates.Count + graph.Documents.Count + graph.Entities.Count + graph.Relations.Count;
        progress?.Report(new SeedProgress("graph", total, total));
        var nodes = changed ? graph.Kinds.Count + graph.Predicates.Count + graph.Documents.Count + graph.Entities.Count : 0;
        return Task.FromResult(new SeedReport(graph.Kinds.Count, graph.Predicates.Count, graph.Entities.Count, graph.Documents.Count, graph.Relations.Count,
            SchemaObjectsAdded: 0, NodesCreated: nodes, RelationshipsCreated: changed ? graph.Relations.Count : 0, PropertiesSet: 0, ContainsUpdates: changed));
    }
}
