using MechanismGraph.Graph;

namespace MechanismGraph.Storage;

/// <summary>
/// The seeding port beside <see cref="IGraphStore"/>: puts a validated graph into the store, all or nothing and
/// idempotent (seeding the same graph twice changes nothing the second time).
/// </summary>
public interface IGraphSeeder
{
    Task<SeedReport> SeedAsync(KnowledgeGraph graph, IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default);
}
