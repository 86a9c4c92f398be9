using GraphQL;
using GraphQL.Execution;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage;

namespace MechanismGraph.Api.GraphQL;

/// <summary>Turns exceptions thrown by resolvers into GraphQL errors with stable codes; nothing internal leaks.</summary>
internal static class ErrorMapping
{
    public static void Handle(UnhandledExceptionContext context)
    {
        switch (context.OriginalException)
        {
            case MechanismGraphException e:
                context.Exception = new MechanismExecutionError(e);
                break;
            case StoreUnavailableException e:
                context.Exception = new ExecutionError($"The graph store is unavailable: {e.Message}") { Code = ErrorCodes.StoreUnavailable };
                break;
            case StoreMisconfiguredException e:
                context.Exception = new ExecutionError($"The graph store is misconfigured: {e.Message}") { Code = ErrorCodes.StoreMisconfigured };
                break;
            case OperationCanceledException:
                context.Exception = new ExecutionError("The request was cancelled.") { Code = ErrorCodes.Timeout };
                break;
            default:
                var logger = context.Context?.RequestServices?.GetService<ILogger<MechanismSchema>>();
                logger?.LogError(context.OriginalException, "Unhandled error in {Field}", context.FieldContext?.FieldDefinition.Name);
                context.Exception = new ExecutionError("An internal error occurred; it has been logged.") { Code = "INTERNAL_SERVER_ERROR" };
                break;
        }
    }
}

/// <summary>An execution error carrying a <see cref="MechanismGraphException"/>'s code and details (suggestions, candidates…).</summary>
internal sealed class MechanismExecutionError(MechanismGraphException e) : ExecutionError(e.Message)
{
    public IReadOnlyDictionary<string, object> Details { get; } = e.Details;

    public string MechanismCode { get; } = e.Code;
}

/// <summary>Writes <c>extensions.code</c> plus our details; never exception types or stack traces.</summary>
internal sealed class MechanismErrorInfoProvider() : ErrorInfoProvider(o => { o.ExposeExceptionDetails = false; o.ExposeCodes = false; o.ExposeData = false; })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (executionError is MechanismExecutionError mechanism) executionError.Code = mechanism.MechanismCode;
        var info = base.GetInfo(executionError);
        if (executionError is MechanismExecutionError withDetails && withDetails.Details.Count > 0)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            foreach (var (key, value) in withDetails.Details) extensions[key] = value;
            info.Extensions = extensions;
        }
        return info;
    }
}
