using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using MechanismGraph.Storage.Neo4j.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MechanismGraph.Testing.Neo4jFake;

/// <summary>
/// An in-process stand-in for Neo4j's HTTP Query API on 127.0.0.1, reproducing the documented
/// shapes: <c>POST /db/{db}/query/v2</c>, explicit transactions under <c>/tx</c> that require the
/// <c>neo4j-cluster-affinity</c> header handed out when they open, Basic auth (401 otherwise),
/// typed JSON in and out, <c>{"errors": [...]}</c> failures, 404 TransactionNotFound for an unknown
/// or expired transaction, and a 400 for a statement with a literal newline. Tests script answers per
/// statement and faults per request.
/// </summary>
internal sealed class FakeQueryApi : IAsyncDisposable
{
    public const string User = "neo4j";
    public const string Password = "s3cret";
    public const string TypedJson = "application/vnd.neo4j.query";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<FakeFault> _faults = new();
    private readonly ConcurrentDictionary<string, FakeAnswer> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _openTransactions = new(); // id → affinity
    private readonly ConcurrentQueue<string> _committed = new();
    private readonly ConcurrentQueue<string> _rolledBack = new();
    private readonly List<HttpClient> _clients = [];
    private int _nextTransaction;

    private FakeQueryApi(WebApplication app)
    {
        _app = app;
        _app.Run(HandleAsync);
        Answer("RETURN 1", """{"fields":["1"],"values":[[{"$type":"Integer","_value":"1"}]]}""");
    }

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    public IReadOnlyList<string> Committed => _committed.ToList();

    public IReadOnlyList<string> RolledBack => _rolledBack.ToList();

    /// <param name="port">0 for any free port; a fixed one to bring a "server" back where a client expects it.</param>
    public static async Task<FakeQueryApi> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var fake = new FakeQueryApi(builder.Build());
        await fake._app.StartAsync(); // a test cancelled mid-start disposes the fake, which stops it
        fake.Url = new Uri(fake._app.Urls.Single());
        return fake;
    }

    /// <summary>A loopback port with nothing listening, for "connection refused".</summary>
    public static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Options pointing at this fake, with delays short enough for tests.</summary>
    public Neo4jConnectionOptions Options(Action<Neo4jConnectionOptions>? configure = null)
    {
        var options = new Neo4jConnectionOptions
        {
            Url = Url,
            User = User,
            Password = Password,
            RequestTimeout = TimeSpan.FromSeconds(10),
            BaseDelay = TimeSpan.FromMilliseconds(5),
            MaxDelay = TimeSpan.FromMilliseconds(20),
        };
        configure?.Invoke(options);
        return options;
    }

    public Neo4jQueryClient Client(Action<Neo4jConnectionOptions>? configure = null)
    {
        var http = new HttpClient();
        lock (_clients)
            _clients.Add(http);
        return new Neo4jQueryClient(http, Options(configure));
    }

    /// <summary>Answers <paramref name="statement"/> (as sent, on one line) with this typed JSON <c>data</c> object.</summary>
    public void Answer(string statement, string dataJson, string? countersJson = null) =>
        _answers[statement] = new FakeAnswer(dataJson, countersJson);

    public void Answer(string statement, FakeAnswer answer) => _answers[statement] = answer;

    /// <summary>Answers statements that have no scripted <see cref="Answer(string, string, string?)"/> (e.g. <see cref="FakeGraph"/>); null when it has none.</summary>
    public Func<string, JsonElement, FakeAnswer?>? Responder { get; set; }

    /// <summary>Applies these faults to the next requests, one each, in order.</summary>
    public void Fail(params FakeFault[] faults)
    {
        foreach (var fault in faults)
            _faults.Enqueue(fault);
    }

    /// <summary>Forgets every open transaction, as the server does when they idle past the timeout.</summary>
    public void ExpireTransactions() => _openTransactions.Clear();

    public async ValueTask DisposeAsync()
    {
        lock (_clients)
            _clients.ForEach(c => c.Dispose());
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal static async Task WriteErrorAsync(HttpContext ctx, int status, string code, string message)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json";
        await ctx.Response.WriteAsync(FakeFault.ErrorsJson(code, message));
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        var request = await RecordAsync(ctx);
        _requests.Enqueue(request);
        if (_faults.TryDequeue(out var fault) && await fault.Apply(ctx))
            return;
        if (request.Authorization != "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")))
        {
            await WriteErrorAsync(ctx, 401, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");
            return;
        }

        // /db/{db}/query/v2[/tx[/{id}[/commit]]]
        var segments = request.Path.Trim('/').Split('/');
        if (segments.Length < 4 || segments[0] != "db" || segments[2] != "query" || segments[3] != "v2")
        {
            ctx.Response.StatusCode = 404;
            return;
        }

        var rest = segments[4..];
        switch (request.Method, rest)
        {
            case ("POST", []):
                await ExecuteAsync(ctx, request, transactionId: null, affinity: null);
                break;
            case ("POST", ["tx"]):
                var id = $"tx{Interlocked.Increment(ref _nextTransaction)}";
                var affinity = Convert.ToBase64String(Encoding.UTF8.GetBytes($"10.8.5.{_nextTransaction}:7474"));
                _openTransactions[id] = affinity;
                await ExecuteAsync(ctx, request, id, affinity);
                break;
            case ("POST", ["tx", var runId]) when await FindTransactionAsync(ctx, request, runId):
                await ExecuteAsync(ctx, request, runId, affinity: null);
                break;
            case ("POST", ["tx", var commitId, "commit"]) when await FindTransactionAsync(ctx, request, commitId):
                if (await ExecuteAsync(ctx, request, commitId, affinity: null, closing: true))
                    _committed.Enqueue(commitId);
                break;
            case ("DELETE", ["tx", var rollbackId]) when await FindTransactionAsync(ctx, request, rollbackId):
                _openTransactions.TryRemove(rollbackId, out _);
                _rolledBack.Enqueue(rollbackId);
                ctx.Response.StatusCode = 200;
                ctx.Response.ContentType = TypedJson;
                await ctx.Response.WriteAsync("""{"bookmarks":[]}""");
                break;
            case (_, ["tx", ..]):
                break; // FindTransactionAsync already answered 404.
            default:
                ctx.Response.StatusCode = 405;
                break;
        }
    }

    private static async Task<RecordedRequest> RecordAsync(HttpContext ctx)
    {
        using var reader = new StreamReader(ctx.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = ctx.Request.Headers;
        return new RecordedRequest(
            ctx.Request.Method,
            ctx.Request.Path.Value ?? "",
            headers.Authorization.FirstOrDefault(),
            headers.Accept.FirstOrDefault(),
            ctx.Request.ContentType,
            headers["neo4j-cluster-affinity"].FirstOrDefault(),
            body);
    }

    /// <summary>An unknown id, or a request routed without the affinity header, finds no transaction (as on a cluster).</summary>
    private async Task<bool> FindTransactionAsync(HttpContext ctx, RecordedRequest request, string id)
    {
        if (_openTransactions.TryGetValue(id, out var affinity) && request.Affinity == affinity)
            return true;
        await WriteErrorAsync(ctx, 404, "Neo.ClientError.Transaction.TransactionNotFound",
            $"Transaction with Id: \"{id}\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was missing or incorrect.");
        return false;
    }

    /// <summary>Runs the statement in the body, if any; returns false when it answered an error.</summary>
    private async Task<bool> ExecuteAsync(HttpContext ctx, RecordedRequest request, string? transactionId, string? affinity, bool closing = false)
    {
        JsonElement body;
        try
        {
            body = string.IsNullOrWhiteSpace(request.Body) ? JsonDocument.Parse("{}").RootElement : request.Json;
        }
        catch (JsonException)
        {
            await WriteErrorAsync(ctx, 400, "Neo.ClientError.Request.InvalidFormat", "The request body is not valid JSON.");
            return false;
        }

        var statement = body.TryGetProperty("statement", out var s) ? s.GetString() : null;
        var answer = Validate(request, body, statement) ?? (statement is null ? FakeAnswer.Nothing : Scripted(statement, body));
        if (answer.IsError)
        {
            // The server rolls a transaction back when one of its statements fails.
            if (transactionId is not null)
                _openTransactions.TryRemove(transactionId, out _);
            await WriteErrorAsync(ctx, answer.ErrorStatus, answer.ErrorCode!, answer.ErrorMessage!);
            return false;
        }

        if (closing && transactionId is not null)
            _openTransactions.TryRemove(transactionId, out _);
        var includeCounters = body.TryGetProperty("includeCounters", out var ic) && ic.ValueKind == JsonValueKind.True;
        ctx.Response.StatusCode = 202;
        ctx.Response.ContentType = TypedJson;
        if (affinity is not null)
            ctx.Response.Headers["neo4j-cluster-affinity"] = affinity;
        await ctx.Response.WriteAsync(Success(answer, includeCounters, closing ? null : transactionId));
        return true;
    }

    private FakeAnswer Scripted(string statement, JsonElement body) =>
        _answers.GetValueOrDefault(statement)
        ?? Responder?.Invoke(statement, body.TryGetProperty("parameters", out var parameters) ? parameters : default)
        ?? FakeAnswer.Nothing;

    private static FakeAnswer? Validate(RecordedRequest request, JsonElement body, string? statement)
    {
        if (request.Accept?.Contains(TypedJson, StringComparison.Ordinal) != true)
            return FakeAnswer.Error(406, "Neo.ClientError.Request.Invalid", "This fake only answers typed JSON.");
        if (statement is not null && (statement.Contains('\n') || statement.Contains('\r')))
            return FakeAnswer.Error(400, "Neo.ClientError.Request.Invalid", "Literal line breaks are not allowed inside Cypher statements.");
        var typedParameters = request.ContentType?.StartsWith(TypedJson, StringComparison.Ordinal) == true;
        if (typedParameters && body.TryGetProperty("parameters", out var parameters)
            && parameters.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.Object || !p.Value.TryGetProperty("$type", out _)))
        {
            return FakeAnswer.Error(400, "Neo.ClientError.Request.Invalid", "Parameters sent as typed JSON must each be {\"$type\", \"_value\"}.");
        }

        return null;
    }

    private static string Success(FakeAnswer answer, bool includeCounters, string? transactionId)
    {
        var json = new StringBuilder("{\"data\":").Append(answer.DataJson);
        if (includeCounters)
            json.Append(",\"counters\":").Append(answer.CountersJson ?? FakeAnswer.NoCounters);
        json.Append(",\"bookmarks\":[\"FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ\"]");
        if (transactionId is not null)
            json.Append(",\"transaction\":{\"id\":\"").Append(transactionId).Append("\",\"expires\":\"")
                .Append(DateTimeOffset.UtcNow.AddSeconds(60).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append("\"}");
        return json.Append('}').ToString();
    }
}
