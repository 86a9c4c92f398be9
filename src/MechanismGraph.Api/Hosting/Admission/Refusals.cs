using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.Hosting.Admission;

/// <summary>The answer to a request refused for load: the code's status, Retry-After, and problem details with the code.</summary>
internal static class Refusals
{
    public const string OverloadedMessage = "The service is at capacity; retry shortly.";

    public static Task WriteAsync(HttpContext http, ErrorCode code, int retryAfterSeconds, string message)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problems.Of(new ClientError(code, message, new Dictionary<string, object> { ["requestId"] = http.TraceIdentifier })).ExecuteAsync(http);
    }
}
