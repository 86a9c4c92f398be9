namespace MechanismGraph.Api.Hosting.Admission;

/// <summary>The answer to a request refused for load: a status, Retry-After, and a coded JSON body.</summary>
internal static class Refusals
{
    public const string OverloadedMessage = "The service is at capacity; retry shortly.";

    public static Task WriteAsync(HttpContext http, int status, string code, int retryAfterSeconds, string message)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(detail: message, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code }).ExecuteAsync(http);
    }
}
