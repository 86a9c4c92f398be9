using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Errors.Custom;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.GraphQL;

/// <summary>Writes <c>extensions.code</c> from <see cref="ErrorCodes"/> plus our details; never exception types or stack traces.</summary>
internal sealed class MechanismErrorInfoProvider() : ErrorInfoProvider(o => { o.ExposeExceptionDetails = false; o.ExposeCodes = false; o.ExposeData = false; })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var details = (IReadOnlyDictionary<string, object>)new Dictionary<string, object>();
        switch (executionError)
        {
            case MechanismExecutionError mechanism:
                executionError.Code = mechanism.Error.Code.Name;
                details = mechanism.Error.Details;
                break;
            case ComplexityError: // GraphQL.NET's own validation error for MaxDepth / MaxComplexity
                executionError.Code = ErrorCodes.Complexity.Name;
                break;
        }
        var info = base.GetInfo(executionError);
        if (details.Count > 0)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            foreach (var (key, value) in details) extensions[key] = value;
            info.Extensions = extensions;
        }
        return info;
    }
}
