using MechanismGraph.Model;
using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>The store's vocabulary and entity labels, read once and kept until <see cref="Invalidate"/> (after a re-seed).</summary>
public sealed class StoreCatalog(IGraphStore store)
{
    private readonly Cached<IReadOnlyDictionary<string, Predicate>> _predicates =
        new(async ct => (await store.PredicatesAsync(ct)).ToDictionary(p => p.Id));
    private readonly Cached<IReadOnlyList<EntityLabels>> _labels = new(store.EntityLabelsAsync);

    public Task<IReadOnlyDictionary<string, Predicate>> PredicatesAsync(CancellationToken cancellationToken = default) =>
        _predicates.GetAsync(cancellationToken);

    public Task<IReadOnlyList<EntityLabels>> EntityLabelsAsync(CancellationToken cancellationToken = default) =>
        _labels.GetAsync(cancellationToken);

    /// <summary>Predicate ids with a causal sign: the steps pathways follow by default.</summary>
    public async Task<IReadOnlyCollection<string>> CausalPredicatesAsync(CancellationToken cancellationToken = default) =>
        (await PredicatesAsync(cancellationToken)).Values.Where(p => p.IsCausal).Select(p => p.Id).ToArray();

    public void Invalidate()
    {
        _predicates.Invalidate();
        _labels.Invalidate();
    }

    private sealed class Cached<T>(Func<CancellationToken, Task<T>> load)
    {
        private Task<T>? _task;

        public async Task<T> GetAsync(CancellationToken cancellationToken)
        {
            var task = _task ??= load(cancellationToken);
            try { return await task; }
            // A failed read (store down) is not kept, so the next request tries again.
            catch { _ = Interlocked.CompareExchange(ref _task, null, task); throw; }
        }

        public void Invalidate() => _task = null;
    }
}
