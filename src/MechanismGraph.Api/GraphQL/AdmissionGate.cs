using GraphQL;
using GraphQL.DI;
using MechanismGraph.Api.GraphQL.Cost;
using MechanismGraph.Api.Hosting.Admission;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.GraphQL;

/// <summary>
/// Admits a measured request into its lane (light or heavy, by cost) before validation and execution; when the lane
/// and its queue are full the request is shed with an <c>OVERLOADED</c> error, which the HTTP endpoint answers with
/// 503 and Retry-After. Documents that were not measured (syntax errors) never execute and need no slot.
/// </summary>
internal sealed class AdmissionGate(ExecutionAdmission admission) : IConfigureExecution
{
    /// <summary>Inside <see cref="CostGate"/> (210), which leaves the measured cost in the user context.</summary>
    public float SortOrder => 220;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (!options.UserContext.TryGetValue(CostGate.ExtensionKey, out var measured) || measured is not double cost) return await next(options);
        using var lease = await admission.AcquireAsync(heavy: !admission.IsLight(cost), options.CancellationToken);
        if (!lease.IsAcquired)
            return new ExecutionResult { Errors = [new ExecutionError(Refusals.OverloadedMessage) { Code = ErrorCodes.Overloaded.Name }] };
        return await next(options);
    }
}
