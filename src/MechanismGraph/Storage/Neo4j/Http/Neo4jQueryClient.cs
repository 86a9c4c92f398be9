namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>
/// A client for Neo4j's HTTP Query API (<c>/db/{database}/query/v2</c>, Neo4j 5.26+ and Aura), speaking
/// typed JSON both ways so 64-bit integers stay exact.
/// </summary>
/// <remarks>
/// Retries: only auto-commit reads (<see cref="Neo4jAccessMode.Read"/>) and opening a transaction are
/// retried on transient faults. A write is sent once, since a lost answer does not say whether it
/// committed; inside an explicit transaction a transient fault surfaces at once as a
/// <see cref="Neo4jUnavailableException"/> and the caller restarts the whole transaction.
/// </remarks>
internal sealed class Neo4jQueryClient
{
    private readonly QueryApiTransport _transport;

    /// <param name="http">Used as is and not disposed; its base address and default headers are not relied on.</param>
    public Neo4jQueryClient(HttpClient http, Neo4jConnectionOptions options)
    {
        _transport = new QueryApiTransport(http, options);
    }

    /// <summary>The server's URL as shown in messages, without credentials.</summary>
    public string Endpoint => _transport.Endpoint;

    /// <summary>Runs a statement in its own (auto-commit) transaction as a write: sent once, never retried.</summary>
    /// <param name="statement">Cypher; whitespace and comments are collapsed to one line before sending.</param>
    /// <param name="parameters">Values referenced as <c>$name</c>; see <see cref="QueryRequestBody"/> for the .NET types accepted.</param>
    public Task<QueryResult> RunAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters,
        CancellationToken cancellationToken = default) =>
        RunAsync(statement, parameters, Neo4jAccessMode.Write, cancellationToken);

    /// <summary>Runs a statement in its own (auto-commit) transaction; a <see cref="Neo4jAccessMode.Read"/> is retried on transient faults.</summary>
    public async Task<QueryResult> RunAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters,
        Neo4jAccessMode mode,
        CancellationToken cancellationToken = default)
    {
        var body = QueryRequestBody.Write(statement, parameters, mode);
        var response = await _transport.SendAsync(
            new QueryApiRequest(HttpMethod.Post, _transport.QueryUri, body),
            retry: mode == Neo4jAccessMode.Read,
            cancellationToken).ConfigureAwait(false);
        return response.Result;
    }

    /// <summary>Runs an idempotent write (a schema command with IF NOT EXISTS) as its own transaction, retried on transient faults.</summary>
    public async Task<QueryResult> RunIdempotentAsync(string statement, CancellationToken cancellationToken = default)
    {
        var body = QueryRequestBody.Write(statement, null, Neo4jAccessMode.Write);
        var response = await _transport.SendAsync(new QueryApiRequest(HttpMethod.Post, _transport.QueryUri, body), retry: true, cancellationToken).ConfigureAwait(false);
        return response.Result;
    }

    /// <summary>
    /// Opens an explicit transaction. Opening is retried on transient faults: it runs nothing, and a
    /// transaction whose answer was lost is discarded by the server after its idle timeout.
    /// </summary>
    public Task<Neo4jTransaction> BeginAsync(CancellationToken cancellationToken = default) => OpenAsync(retry: true, cancellationToken);

    private async Task<Neo4jTransaction> OpenAsync(bool retry, CancellationToken cancellationToken)
    {
        var response = await _transport.SendAsync(
            new QueryApiRequest(HttpMethod.Post, _transport.TransactionsUri, QueryRequestBody.Empty),
            retry,
            cancellationToken).ConfigureAwait(false);
        var transaction = response.Transaction
            ?? throw new Neo4jProtocolException($"Neo4j at {Endpoint} opened a transaction without giving its id.");
        return new Neo4jTransaction(_transport, transaction, response.Affinity);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in an explicit transaction, which it commits; a transient fault rolls it back and
    /// runs it whole again under the transport's retry policy (opening is then not retried on its own).
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        _transport.RetryUnitAsync(async token =>
        {
            await using var transaction = await OpenAsync(retry: false, token).ConfigureAwait(false);
            return await work(transaction, token).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>
    /// Runs <c>RETURN 1</c> once, without retries (a probe should answer fast): true when Neo4j answers,
    /// false when it is unavailable. Wrong credentials and protocol errors still throw: they are
    /// configuration problems, not downtime.
    /// </summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await _transport.SendAsync(
                new QueryApiRequest(HttpMethod.Post, _transport.QueryUri, QueryRequestBody.Write("RETURN 1", null, Neo4jAccessMode.Read)),
                retry: false,
                cancellationToken).ConfigureAwait(false);
            return response.Result.Rows is [var row] && row.Values is [1L];
        }
        catch (Neo4jUnavailableException)
        {
            return false;
        }
    }
}
