using System.Text;
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
        var (body, bodyError) = isGet ? (null, null) : await ReadBodyAsync(http);
        if (bodyError is not null)
        {
            await WriteErrorAsync(http, mediaType, bodyError);
            return;
        }
        var cacheKey = responseCache is null ? null
            : ResponseCache.Key(mediaType, isGet ? Encoding.UTF8.GetBytes(request.QueryString.Value ?? "") : body!.Value.Span);
        if (cacheKey is not null && responseCache!.TryGet(cacheKey, out var cached))
        {
            await WriteBytesAsync(http, mediaType, 200, cached);
            return;
        }

        var (parsed, error) = isGet ? _reader.FromQueryString(request.Query) : _reader.FromJsonBody(body!.Value);
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

        var result = await executer.ExecuteAsync(o =>
        {
            o.Query = parsed!.Query;
            o.Variables = parsed.Variables;
            o.OperationName = parsed.OperationName;
            o.Extensions = parsed.Extensions;
            o.RequestServices = http.RequestServices;
            o.User = http.User;
            o.CancellationToken = http.RequestAborted;
            o.UserContext = new Dictionary<string, object?>
            {
                [ErrorMapping.RequestIdKey] = http.TraceIdentifier, [ErrorMapping.ClientAbortedKey] = http.RequestAborted,
            };
        });
        // The client went away: there is no one to answer, so nothing is written (the log shows 499, not an error).
        if (http.RequestAborted.IsCancellationRequested)
        {
            http.Response.StatusCode = ErrorCodes.Cancelled.HttpStatus;
            return;
        }

        // With application/graphql-response+json a request that never executed (parse or validation failure) is a 400.
        var status = mediaType == MediaTypes.GraphQLResponse && !result.Executed ? 400 : 200;
        if (cacheKey is not null && status == 200 && result.Errors is not { Count: > 0 } && result.Extensions is not { Count: > 0 })
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

    private async Task<(ReadOnlyMemory<byte>?, TransportError?)> ReadBodyAsync(HttpContext http)
    {
        var request = http.Request;
        if (!MediaTypes.IsJsonBody(request.ContentType))
            return (null, new TransportError(ErrorCodes.UnsupportedMediaType,
                $"Content-Type '{request.ContentType}' is not supported; send the request as {MediaTypes.Json} (UTF-8)."));
        var max = options.Value.MaxRequestBytes;
        if (request.ContentLength > max) return (null, TooLarge(max));
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > max) return (null, TooLarge(max));
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), null);
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
