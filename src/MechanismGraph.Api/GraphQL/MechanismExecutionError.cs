using GraphQL;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.GraphQL;

/// <summary>An execution error carrying a <see cref="ClientError"/>'s code and details (suggestions, candidates, requestId…).</summary>
internal sealed class MechanismExecutionError(ClientError error) : ExecutionError(error.Message)
{
    public ClientError Error { get; } = error;
}
