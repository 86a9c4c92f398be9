namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>
/// An explicit Query API transaction. Every request echoes the <c>neo4j-cluster-affinity</c> header so a
/// cluster routes it to the member holding the transaction. Nothing here is retried: on any
/// <see cref="Neo4jException"/> run the whole transaction again. Disposing without committing rolls back.
/// Not thread-safe: one request at a time.
/// </summary>
internal sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly QueryApiTransport _transport;
    private string? _affinity;
    private State _state = State.Open;

    internal Neo4jTransaction(QueryApiTransport transport, TransactionInfo info, string? affinity)
    {
        _transport = transport;
        _affinity = affinity;
        Id = info.Id;
        Expires = info.Expires;
    }

    private enum State
    {
        Open,
        Committed,
        RolledBack,

        /// <summary>A request failed: the server has rolled back, or the outcome is unknown.</summary>
        Failed,
    }

    public string Id { get; }

    /// <summary>When the server will drop the transaction if it stays idle, as it last said.</summary>
    public DateTimeOffset? Expires { get; private set; }

    public Task<QueryResult> RunAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters,
        CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, _transport.TransactionUri(Id), Body(statement, parameters), State.Open, cancellationToken);

    public Task<QueryResult> CommitAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, _transport.TransactionUri(Id, "/commit"), QueryRequestBody.Empty, State.Committed, cancellationToken);

    /// <summary>Runs a last statement and commits, in one request.</summary>
    public Task<QueryResult> CommitAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters,
        CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, _transport.TransactionUri(Id, "/commit"), Body(statement, parameters), State.Committed, cancellationToken);

    /// <summary>Rolls back. A transaction the server no longer knows counts as rolled back: its work is gone either way.</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await SendAsync(HttpMethod.Delete, _transport.TransactionUri(Id), null, State.RolledBack, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jTransactionExpiredException)
        {
            _state = State.RolledBack;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_state is State.Committed or State.RolledBack)
            return;
        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            // Disposal must not hide the caller's own exception; the server drops an idle transaction anyway.
        }
    }

    private static byte[] Body(string statement, IReadOnlyDictionary<string, object?>? parameters) =>
        QueryRequestBody.Write(statement, parameters, Neo4jAccessMode.Write);

    private async Task<QueryResult> SendAsync(HttpMethod method, Uri uri, byte[]? body, State after, CancellationToken cancellationToken)
    {
        var allowed = after == State.RolledBack ? _state is State.Open or State.Failed : _state == State.Open;
        if (!allowed)
            throw new InvalidOperationException($"Transaction '{Id}' is {_state.ToString().ToLowerInvariant()}; start a new one.");

        try
        {
            var response = await _transport.SendAsync(
                new QueryApiRequest(method, uri, body, _affinity, Id),
                retry: false,
                cancellationToken).ConfigureAwait(false);
            _affinity = response.Affinity ?? _affinity;
            Expires = response.Transaction?.Expires ?? Expires;
            _state = after;
            return response.Result;
        }
        catch
        {
            _state = State.Failed;
            throw;
        }
    }
}
