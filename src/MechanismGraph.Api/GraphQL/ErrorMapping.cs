using GraphQL;
using GraphQL.Execution;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.GraphQL;

/// <summary>Renders resolver failures as GraphQL errors through the one <see cref="ErrorMapper"/>; nothing internal leaks.</summary>
internal static class ErrorMapping
{
    /// <summary>The <c>UserContext</c> key under which the endpoint puts the request id.</summary>
    public const string RequestIdKey = "requestId";

    /// <summary>The <c>UserContext</c> key of the client's own cancellation token (the execution's is also cancelled by the timeout).</summary>
    public const string ClientAbortedKey = "clientAborted";

    public static void Handle(UnhandledExceptionContext context)
    {
        var requestId = context.Context?.UserContext.TryGetValue(RequestIdKey, out var id) == true ? id as string ?? "" : "";
        var cancelled = context.Context?.UserContext.TryGetValue(ClientAbortedKey, out var aborted) == true && aborted is CancellationToken { IsCancellationRequested: true };
        var error = ErrorMapper.Map(context.OriginalException, cancelled, requestId);
        if (error.IsUnexpected)
        {
            var logger = context.Context?.RequestServices?.GetService<ILogger<MechanismSchema>>();
            logger?.LogError(context.OriginalException, "Unhandled error in {Field}, request {RequestId}", context.FieldContext?.FieldDefinition.Name, requestId);
        }
        context.Exception = new MechanismExecutionError(error);
    }
}
