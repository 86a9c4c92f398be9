using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>
/// Sends Query API requests: headers, a per-attempt timeout, bounded retries with exponential
/// backoff and jitter for callers that allow them, and every failure turned into a <see cref="Neo4jException"/>.
/// </summary>
internal sealed class QueryApiTransport
{
    private const string TypedJson = "application/vnd.neo4j.query";
    private const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly ResiliencePipeline _retrying;
    private readonly ResiliencePipeline _once;
    private readonly ResiliencePipeline _retryingUnits;
    private readonly QueryResponseReader _reader;
    private readonly TimeSpan _timeout;
    private readonly string _databasePath;

    public QueryApiTransport(HttpClient http, Neo4jConnectionOptions options)
    {
        options.Validate();
        _http = http;
        _timeout = options.RequestTimeout;
        _authorization = Authorization(options);
        // Without user info, so a password embedded in the URL never reaches a message or a log.
        Endpoint = options.Url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/');
        _databasePath = $"{Endpoint}/db/{Uri.EscapeDataString(options.Database)}/query/v2";
        _reader = new QueryResponseReader(new ServerErrors(Endpoint, options.BearerToken is null ? options.User : null));
        _once = new ResiliencePipelineBuilder().AddTimeout(options.RequestTimeout).Build();
        // The one retry policy of the Neo4j adapter: requests and whole transactions both retry with it.
        var retry = new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Neo4jUnavailableException>().Handle<TimeoutRejectedException>(),
            MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseDelay,
            MaxDelay = options.MaxDelay,
        };
        _retrying = options.MaxRetries == 0 ? _once : new ResiliencePipelineBuilder().AddRetry(retry).AddTimeout(options.RequestTimeout).Build();
        // A transaction is retried whole and has no overall timeout: each of its requests has its own.
        _retryingUnits = options.MaxRetries == 0 ? ResiliencePipeline.Empty : new ResiliencePipelineBuilder().AddRetry(retry).Build();
    }

    /// <summary>The server's URL as shown in messages, e.g. <c>http://localhost:7474</c>.</summary>
    public string Endpoint { get; }

    public Uri QueryUri => new(_databasePath);

    public Uri TransactionsUri => new($"{_databasePath}/tx");

    public Uri TransactionUri(string id, string suffix = "") => new($"{_databasePath}/tx/{Uri.EscapeDataString(id)}{suffix}");

    /// <summary>Sends once, or with retries on transient faults when <paramref name="retry"/> is set.</summary>
    public async Task<QueryApiResponse> SendAsync(QueryApiRequest request, bool retry, CancellationToken cancellationToken)
    {
        var attempts = 0;
        try
        {
            return await (retry ? _retrying : _once).ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await SendOnceAsync(request, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new Neo4jUnavailableException($"Neo4j at {Endpoint} did not answer within {Describe(_timeout)}{After(attempts)}", null, ex);
        }
        catch (Neo4jUnavailableException ex) when (attempts > 1)
        {
            throw new Neo4jUnavailableException($"{ex.Message}{After(attempts)}", ex.Code, ex);
        }
    }

    /// <summary>
    /// Runs a unit of several requests (an explicit transaction) under the same retry policy as single requests: a
    /// transient fault anywhere in it runs the whole unit again, so the unit must roll back on failure.
    /// </summary>
    public async Task<T> RetryUnitAsync<T>(Func<CancellationToken, Task<T>> unit, CancellationToken cancellationToken) =>
        await _retryingUnits.ExecuteAsync(async token => await unit(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private async ValueTask<QueryApiResponse> SendOnceAsync(QueryApiRequest request, CancellationToken token)
    {
        using var message = new HttpRequestMessage(request.Method, request.Uri);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson));
        message.Headers.Authorization = _authorization;
        if (request.Affinity is not null)
            message.Headers.TryAddWithoutValidation(AffinityHeader, request.Affinity);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            // Typed JSON parameters too, so a double 1.0 stays a Float and a long stays an Integer.
            message.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson);
        }

        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
            var affinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return _reader.Read(
                response.StatusCode,
                response.ReasonPhrase,
                response.Content.Headers.ContentType?.MediaType,
                body,
                affinity,
                request.TransactionId);
        }
        catch (HttpRequestException ex)
        {
            throw Unreachable(ex);
        }
        catch (IOException ex)
        {
            throw Unreachable(ex);
        }
        catch (OperationCanceledException ex) when (!token.IsCancellationRequested)
        {
            // Not our token: HttpClient.Timeout fired first.
            throw new Neo4jUnavailableException($"Neo4j at {Endpoint} did not answer within {Describe(_http.Timeout)}", null, ex);
        }
    }

    private Neo4jUnavailableException Unreachable(Exception ex)
    {
        var what = Inner<SocketException>(ex)?.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "connection refused",
            SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => "its host name could not be resolved",
            SocketError.TimedOut => "connecting timed out",
            SocketError.NetworkUnreachable or SocketError.HostUnreachable => "the network is unreachable",
            SocketError.ConnectionReset or SocketError.ConnectionAborted => "the connection was reset",
            _ => (ex as HttpRequestException)?.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => "its host name could not be resolved",
                HttpRequestError.ConnectionError => "the connection failed",
                HttpRequestError.SecureConnectionError => "the TLS handshake failed",
                HttpRequestError.ResponseEnded => "the connection closed before the answer was complete",
                _ => $"the request failed ({ServerErrors.Clean(ex.Message)})",
            },
        };
        return new Neo4jUnavailableException($"Neo4j at {Endpoint} is unreachable: {what}", null, ex);
    }

    private static T? Inner<T>(Exception? ex)
        where T : Exception
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is T found)
                return found;
        }

        return null;
    }

    private static AuthenticationHeaderValue? Authorization(Neo4jConnectionOptions options)
    {
        if (!string.IsNullOrEmpty(options.BearerToken))
            return new AuthenticationHeaderValue("Bearer", options.BearerToken);
        if (string.IsNullOrEmpty(options.User))
            return null;
        var credentials = Encoding.UTF8.GetBytes($"{options.User}:{options.Password}");
        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));
    }

    private static string After(int attempts) => attempts > 1 ? $" (after {attempts} attempts)" : "";

    private static string Describe(TimeSpan span) => span.TotalSeconds >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.#} s")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalMilliseconds:0} ms");
}
