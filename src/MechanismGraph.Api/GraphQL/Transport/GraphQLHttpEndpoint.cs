using System.Buffers;
using System.Globalization;
using System.Text;
using MechanismGraph.Api.Hosting.Admission;
using GraphQL;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using MechanismGraph.Reasoning;
using Microsoft.Extensions.Options;

namespace MechanismGraph.Api.GraphQL.Transport;

/// <summary>
/// The /graphql endpoint, following the GraphQL-over-HTTP specification (GraphQL.Server is not obtainable here):
/// GET for queries, POST with JSON for everything, content negotiation, and 4xx for malformed requests.
/// A browser navigating to it gets the playground.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<MechanismSchema> executer,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLOptions> options,
    IWebHostEnvironment environment,
    ResponseCache? responseCache = null)
{
    private readonly GraphQLRequestReader _reader = new(serializer);

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var accept = request.Headers.Accept.ToString();
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, MediaTypes.Negotiate(accept) ?? MediaTypes.Json,
                new TransportError(ErrorCodes.MethodNotAllowed, $"{request.Method} is not supported; use GET (queries) or POST."));
            return;
        }
        if (HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query") && MediaTypes.PrefersHtml(accept))
        {
            await ServePlaygroundAsync(http);
            return;
        }

        var mediaType = MediaTypes.Negotiate(accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, MediaTypes.Json, new TransportError(ErrorCodes.NotAcceptable,
                $"Cannot answer with any type in Accept: '{accept}'; use {MediaTypes.GraphQLResponse} or {MediaTypes.Json}."));
            return;
        }

        var isGet = HttpMethods.IsGet(request.Method);
        var (body, length, bodyError) = isGet ? (null, 0, null) : await ReadBodyAsync(http);
        string? cacheKey;
        GraphQLHttpRequest? parsed;
        TransportError? error;
        var hit = false;
        byte[] cached = [];
        try
        {
            if (bodyError is not null)
            {
                await WriteErrorAsync(http, mediaType, bodyError);
                return;
            }
            cacheKey = responseCache is null ? null
                : ResponseCache.Key(mediaType, isGet ? Encoding.UTF8.GetBytes(request.QueryString.Value ?? "") : body.AsSpan(0, length));
            hit = cacheKey is not null && responseCache!.TryGet(cacheKey, out cached);
            if (hit) (parsed, error) = (null, null);
            else (parsed, error) = isGet ? _reader.FromQueryString(request.Query) : _reader.FromJsonBody(body.AsMemory(0, length));
        }
        finally
        {
            // The body is only read (cache key, JSON request); nothing keeps it past here.
            if (body is not null) ArrayPool<byte>.Shared.Return(body);
        }
        if (hit)
        {
            await WriteBytesAsync(http, mediaType, 200, cached);
            return;
        }
        if (error is not null)
        {
            await WriteErrorAsync(http, mediaType, error);
            return;
        }

        // Only GET needs the operation type before execution; POST leaves parsing to the executer and its document cache.
        if (HttpMethods.IsGet(request.Method) && TryParse(parsed!.Query) is { } document && IsMutation(document, parsed.OperationName))
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, mediaType, new TransportError(ErrorCodes.MethodNotAllowed, "Mutations are only accepted over POST."));
            return;
        }

        var result = await ExecuteWithinDeadlineAsync(http, parsed!);
        // The client went away: there is no one to answer, so nothing is written (the log shows 499, not an error).
        if (result is null || http.RequestAborted.IsCancellationRequested)
        {
            http.Response.StatusCode = ErrorCodes.Cancelled.HttpStatus;
            return;
        }
        if (IsOverloaded(result))
        {
            http.Response.Headers.RetryAfter = http.RequestServices.GetRequiredService<ExecutionAdmission>().RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await WriteAsync(http, mediaType, ErrorCodes.Overloaded.HttpStatus, result);
            return;
        }
        // With application/graphql-response+json a request that never executed (parse or validation failure) is a 400.
        var status = mediaType == MediaTypes.GraphQLResponse && !result.Executed ? 400 : 200;
        if (cacheKey is not null && status == 200 && result.Errors is not { Count: > 0 } && OnlyCost(result.Extensions))
        {
            using var buffer = new MemoryStream();
            await serializer.WriteAsync(buffer, result, http.RequestAborted);
            var bytes = buffer.ToArray();
            responseCache!.Set(cacheKey, bytes);
            await WriteBytesAsync(http, mediaType, status, bytes);
            return;
        }
        await WriteAsync(http, mediaType, status, result);
    }

    // GraphQL.NET cancels the work at the deadline, but CPU-bound work only notices between checks: the answer must not
    // wait for that, so the execution runs beside a timer and the TIMEOUT goes out when the timer wins.
    private async Task<ExecutionResult?> ExecuteWithinDeadlineAsync(HttpContext http, GraphQLHttpRequest parsed)
    {
        // Read from the HttpContext here, on the request's own flow: the execution runs on a pool thread, and Kestrel
        // resets a pooled HttpContext once the response is done, which an execution left behind at its deadline outlives.
        var (services, user, aborted, requestId) = (http.RequestServices, http.User, http.RequestAborted, http.TraceIdentifier);
        var execution = Task.Run(() => executer.ExecuteAsync(o =>
        {
            o.Query = parsed.Query;
            o.Variables = parsed.Variables;
            o.OperationName = parsed.OperationName;
            o.Extensions = parsed.Extensions;
            o.RequestServices = services;
            o.User = user;
            o.CancellationToken = aborted;
            o.UserContext = new Dictionary<string, object?> { [ErrorMapping.RequestIdKey] = requestId, [ErrorMapping.ClientAbortedKey] = aborted };
        }));
        var timeout = options.Value.ExecutionTimeout;
        var timer = Task.Delay(timeout, http.RequestAborted);
        if (await Task.WhenAny(execution, timer) == execution) return await execution;
        _ = execution.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
        return http.RequestAborted.IsCancellationRequested ? null : GraphQLExtensions.TimeoutResult(timeout);
    }

    private static bool IsOverloaded(ExecutionResult result) =>
        result.Errors is [{ Code: var code }] && code == ErrorCodes.Overloaded.Name;

    // The cost is a function of the request bytes, so an answer that carries only it is as reusable as one without.
    private static bool OnlyCost(Dictionary<string, object?>? extensions) =>
        extensions is null || extensions.Keys.All(k => k == Cost.CostGate.ExtensionKey);

    /// <summary>The body in a pooled array (the caller returns it), or the reason it is refused.</summary>
    private async Task<(byte[]? Body, int Length, TransportError? Error)> ReadBodyAsync(HttpContext http)
    {
        var request = http.Request;
        if (!MediaTypes.IsJsonBody(request.ContentType))
            return (null, 0, new TransportError(ErrorCodes.UnsupportedMediaType,
                $"Content-Type '{request.ContentType}' is not supported; send the request as {MediaTypes.Json} (UTF-8)."));
        var max = options.Value.MaxRequestBytes;
        if (request.ContentLength > max) return (null, 0, TooLarge(max));
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is > 0 and var known ? (int)known + 1 : 4096);
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
            var read = await request.Body.ReadAsync(buffer.AsMemory(length), http.RequestAborted);
            if (read == 0) return (buffer, length, null);
            length += read;
            if (length > max)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                return (null, 0, TooLarge(max));
            }
        }
    }

    private static TransportError TooLarge(int max) =>
        new(ErrorCodes.RequestTooLarge, $"The request body is larger than the {max:N0}-byte limit.");

    private static GraphQLDocument? TryParse(string query)
    {
        try { return GraphQLParser.Parser.Parse(query); }
        catch (GraphQLSyntaxErrorException) { return null; } // the executer reports it as a GraphQL error
    }

    private static bool IsMutation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var chosen = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return chosen is not null && chosen.Operation != OperationType.Query;
    }

    private async Task ServePlaygroundAsync(HttpContext http)
    {
        var page = environment.WebRootFileProvider.GetFileInfo("playground/index.html");
        if (!page.Exists)
        {
            http.Response.StatusCode = 404;
            await http.Response.WriteAsync("The playground assets are missing from wwwroot/playground.");
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        await using var stream = page.CreateReadStream();
        await stream.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    private Task WriteErrorAsync(HttpContext http, string mediaType, TransportError error) =>
        WriteAsync(http, mediaType, error.Status, new ExecutionResult { Errors = [new MechanismExecutionError(new ClientError(error.Code, error.Message, new Dictionary<string, object>()))] });

    private static async Task WriteBytesAsync(HttpContext http, string mediaType, int status, byte[] body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    private async Task WriteAsync(HttpContext http, string mediaType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
