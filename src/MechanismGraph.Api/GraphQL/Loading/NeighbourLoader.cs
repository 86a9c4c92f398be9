using GraphQL.DataLoader;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.GraphQL.Loading;

/// <summary>
/// Batches <c>Entity.outgoing</c> / <c>Entity.incoming</c> within one request: resolvers queue their entity and get a
/// pending result; GraphQL.NET asks for the results once the whole level has been resolved, and the first ask loads every
/// queued entity's relations together (<see cref="GraphLookup.NeighboursAsync"/>), so a page costs a few store calls
/// per level instead of one per entity. Scoped to the request: nothing is shared between requests.
/// </summary>
internal sealed class NeighbourLoader(ReasoningServices reasoning)
{
    private readonly Lock _gate = new();
    private List<Pending> _queued = [];

    public IDataLoaderResult<IReadOnlyList<RelationView>> Load(NeighbourRequest request)
    {
        var pending = new Pending(this, request);
        lock (_gate) _queued.Add(pending);
        return pending;
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<Pending> batch;
        lock (_gate) (batch, _queued) = (_queued, []);
        if (batch.Count == 0) return; // another caller's dispatch already took them
        try
        {
            var results = await reasoning.Lookup.NeighboursAsync(batch.Select(p => p.Request).ToArray(), cancellationToken);
            for (var i = 0; i < batch.Count; i++) batch[i].Result.TrySetResult(results[i]);
        }
        catch (Exception e)
        {
            foreach (var pending in batch) pending.Result.TrySetException(e);
        }
    }

    private sealed class Pending(NeighbourLoader loader, NeighbourRequest request) : IDataLoaderResult<IReadOnlyList<RelationView>>
    {
        public NeighbourRequest Request { get; } = request;

        public TaskCompletionSource<IReadOnlyList<RelationView>> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<IReadOnlyList<RelationView>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!Result.Task.IsCompleted) await loader.DispatchAsync(cancellationToken);
            return await Result.Task.WaitAsync(cancellationToken);
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
