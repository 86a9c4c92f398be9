using MechanismGraph.Reasoning;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MechanismGraph.Api.Hosting;

/// <summary>
/// RFC 9457 problem details for the plain HTTP endpoints (/export, /health, anything outside GraphQL and MCP): the status
/// from <see cref="ErrorCodes"/>, the message as <c>detail</c>, and <c>code</c>, <c>requestId</c> and the error's details as
/// extensions, the same members GraphQL puts in <c>extensions</c>.
/// </summary>
internal static class Problems
{
    public static IHostApplicationBuilder AddProblems(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions.TryAdd("requestId", context.HttpContext.TraceIdentifier));
        builder.Services.AddExceptionHandler<ExceptionToProblem>();
        return builder;
    }

    /// <summary>Unhandled exceptions of plain endpoints become problem details (a client that went away gets nothing: 499).</summary>
    public static IApplicationBuilder UseProblems(this IApplicationBuilder app) => app.UseExceptionHandler();

    public static ProblemHttpResult Of(ClientError error, IReadOnlyDictionary<string, object>? more = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code.Name };
        foreach (var (key, value) in error.Details) extensions[key] = value;
        foreach (var (key, value) in more ?? new Dictionary<string, object>()) extensions[key] = value;
        return TypedResults.Problem(detail: error.Message, statusCode: error.Code.HttpStatus, extensions: extensions);
    }

    /// <summary>The exception handler behind <see cref="UseProblems"/>: maps through <see cref="ErrorMapper"/> and writes the problem.</summary>
    private sealed class ExceptionToProblem(IProblemDetailsService problems, ILogger<ExceptionToProblem> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
        {
            var error = ErrorMapper.Map(exception, http.RequestAborted.IsCancellationRequested, http.TraceIdentifier);
            // Since .NET 10 the middleware no longer logs what a handler handled: the answer promises it was logged, so log it here.
            if (error.IsUnexpected)
                logger.LogError(exception, "Unexpected failure of {Method} {Path}, request id {RequestId}", http.Request.Method, http.Request.Path, http.TraceIdentifier);
            var result = Of(error);
            http.Response.StatusCode = error.Code.HttpStatus;
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = result.ProblemDetails, Exception = exception });
        }
    }
}
