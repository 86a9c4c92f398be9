using MechanismGraph.Api.Hosting;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.Export;

/// <summary>
/// Sends one export: the store is asked first, so an unreachable store is a 503 <c>STORE_UNAVAILABLE</c> problem before any
/// byte of the file; HEAD answers the headers without doing the export; a failure once bytes are sent is logged under the
/// request id and the response is aborted (the chunked body never ends, so no client takes it for a whole file), after a
/// last <c>{"error": …}</c> line where the format is line-oriented JSON.
/// </summary>
internal static class ExportStream
{
    public static async Task<IResult> SendAsync(HttpContext http, ReasoningServices reasoning, string id, string mediaType, string fileName,
        Func<Stream, CancellationToken, Task> write)
    {
        try { await reasoning.Lookup.CountsAsync(http.RequestAborted); }
        catch (Exception e) when (e is not OperationCanceledException) { return Problems.Of(ErrorMapper.Map(e, false, http.TraceIdentifier)); }
        if (HttpMethods.IsHead(http.Request.Method)) return Results.Stream(_ => Task.CompletedTask, mediaType, fileName);
        return Results.Stream(async body =>
        {
            try { await write(body, http.RequestAborted); }
            catch (Exception e) when (!http.RequestAborted.IsCancellationRequested)
            {
                var error = ErrorMapper.Map(e, false, http.TraceIdentifier);
                http.RequestServices.GetRequiredService<ILogger<ExportStreamLog>>()
                    .LogError(e, "Export {Format} failed after the response started, request {RequestId}", id, http.TraceIdentifier);
                if (mediaType.Contains("jsonl", StringComparison.OrdinalIgnoreCase) || mediaType.Contains("ndjson", StringComparison.OrdinalIgnoreCase))
                {
                    var line = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { error = new { code = error.Code.Name, message = error.Message, requestId = http.TraceIdentifier } });
                    await body.WriteAsync(line.Append((byte)'\n').ToArray());
                    await body.FlushAsync();
                }
                http.Abort();
            }
        }, mediaType, fileName);
    }

    /// <summary>The log category of export failures.</summary>
    internal sealed class ExportStreamLog;
}
