using MechanismGraph.Model;
using MechanismGraph.Search;
using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>The store's vocabulary and entity labels, read once and kept until <see cref="Invalidate"/> (after a re-seed).</summary>
public sealed class StoreCatalog(IGraphStore store)
{
    private readonly Cached<IReadOnlyDictionary<string, Predicate>> _predicates =
        new(async ct => (await store.PredicatesAsync(ct)).ToDictionary(p => p.Id));
    private readonly Cached<LabelSearch> _search = new(async ct => LabelSearch.Of(await store.EntityLabelsAsync(ct)));
    private readonly Cached<IReadOnlyDictionary<string, Document>> _documents =
        new(async ct => (await store.DocumentsAsync(ct)).ToDictionary(d => d.Id));
    private readonly Cached<IReadOnlyList<EntityKind>> _kinds = new(store.KindsAsync);

    public Task<IReadOnlyDictionary<string, Predicate>> PredicatesAsync(CancellationToken cancellationToken = default) =>
        _predicates.GetAsync(cancellationToken);

    /// <summary>The entity labels, indexed for ranked lookups ("did you mean").</summary>
    public Task<LabelSearch> LabelSearchAsync(CancellationToken cancellationToken = default) =>
        _search.GetAsync(cancellationToken);

    public Task<IReadOnlyDictionary<string, Document>> DocumentsAsync(CancellationToken cancellationToken = default) =>
        _documents.GetAsync(cancellationToken);

    public Task<IReadOnlyList<EntityKind>> KindsAsync(CancellationToken cancellationToken = default) =>
        _kinds.GetAsync(cancellationToken);

    /// <summary>The predicates, read again once if <paramref name="id"/> is missing (the store was re-seeded meanwhile).</summary>
    public async Task<IReadOnlyDictionary<string, Predicate>> PredicatesIncludingAsync(string id, CancellationToken cancellationToken = default)
    {
        var predicates = await PredicatesAsync(cancellationToken);
        if (predicates.ContainsKey(id)) return predicates;
        _predicates.Invalidate();
        return await PredicatesAsync(cancellationToken);
    }

    /// <summary>The documents, read again once if <paramref name="id"/> is missing (the store was re-seeded meanwhile).</summary>
    public async Task<IReadOnlyDictionary<string, Document>> DocumentsIncludingAsync(string id, CancellationToken cancellationToken = default)
    {
        var documents = await DocumentsAsync(cancellationToken);
        if (documents.ContainsKey(id)) return documents;
        _documents.Invalidate();
        return await DocumentsAsync(cancellationToken);
    }

    /// <summary>Predicate ids with a causal sign: the steps pathways follow by default.</summary>
    public async Task<IReadOnlyCollection<string>> CausalPredicatesAsync(CancellationToken cancellationToken = default) =>
        (await PredicatesAsync(cancellationToken)).Values.Where(p => p.IsCausal).Select(p => p.Id).ToArray();

    public void Invalidate()
    {
        _predicates.Invalidate();
        _search.Invalidate();
        _documents.Invalidate();
        _kinds.Invalidate();
    }

    private sealed class Cached<T>(Func<CancellationToken, Task<T>> load)
    {
        private Task<T>? _task;

        public async Task<T> GetAsync(CancellationToken cancellationToken)
        {
            // Loaded without any one caller's token, so a caller that gives up does not fail the others waiting.
            var task = _task ??= load(CancellationToken.None);
            try { return await task.WaitAsync(cancellationToken); }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { throw; }
            // A failed read (store down) is not kept, so the next request tries again.
            catch { _ = Interlocked.CompareExchange(ref _task, null, task); throw; }
        }

        public void Invalidate() => _task = null;
    }
}
