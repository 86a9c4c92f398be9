using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>
/// The one mapping from exceptions to client errors, used by GraphQL, MCP and the plain HTTP endpoints alike; each
/// adapter only renders the <see cref="ClientError"/> in its own shape.
/// </summary>
public static class ErrorMapper
{
    /// <param name="clientCancelled">Whether the caller's own request was cancelled (the client went away).</param>
    /// <param name="requestId">The id the unexpected failures are logged under and the response carries.</param>
    public static ClientError Map(Exception exception, bool clientCancelled, string requestId) => exception switch
    {
        MechanismGraphException e => new ClientError(e.Code, e.Message, e.Details),
        StoreUnavailableException e => new ClientError(ErrorCodes.StoreUnavailable, $"The graph store is unavailable: {e.Message}", NoDetails),
        // Only the client's own cancellation is "cancelled"; any other cancellation stopped work that ran out of time.
        OperationCanceledException when clientCancelled => new ClientError(ErrorCodes.Cancelled, "The client cancelled the request.", NoDetails),
        OperationCanceledException => new ClientError(ErrorCodes.Timeout, "The request ran out of time and was stopped; narrow it and try again.", NoDetails),
        _ => new ClientError(ErrorCodes.Internal, $"An internal error occurred; it was logged under request id {requestId}.",
            new Dictionary<string, object> { ["requestId"] = requestId }),
    };

    private static readonly IReadOnlyDictionary<string, object> NoDetails = new Dictionary<string, object>();
}
