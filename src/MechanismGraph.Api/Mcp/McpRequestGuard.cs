using System.Text.Json;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.Mcp;

/// <summary>
/// Answers what the MCP transport would otherwise fail on with an empty 500: a body that is not JSON (415, coded), a body
/// declared larger than the limit (413, coded) and parameters that do not bind (e.g. <c>initialize</c> with <c>params: {}</c>): a JSON-RPC
/// -32602 error with HTTP 400.
/// </summary>
internal static class McpRequestGuard
{
    public const int InvalidParams = -32602;

    private static Task Problem(HttpContext http, ErrorCode code, string message) =>
        Hosting.Problems.Of(new ClientError(code, message, new Dictionary<string, object> { ["requestId"] = http.TraceIdentifier })).ExecuteAsync(http);

    public static async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        if (!http.Request.HasJsonContentType())
        {
            await Problem(http, ErrorCodes.UnsupportedMediaType, $"Content-Type '{http.Request.ContentType}' is not supported; MCP messages are sent as application/json.");
            return;
        }
        if (http.Request.ContentLength > McpExtensions.MaxBodyBytes)
        {
            await Problem(http, ErrorCodes.RequestTooLarge, $"The MCP request body is larger than the {McpExtensions.MaxBodyBytes:N0}-byte limit.");
            return;
        }
        try
        {
            await next(http);
        }
        catch (JsonException e) when (!http.Response.HasStarted)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsJsonAsync(new
            {
                jsonrpc = "2.0",
                id = (object?)null,
                error = new { code = InvalidParams, message = $"Invalid params: {e.Message}" },
            });
        }
    }
}
