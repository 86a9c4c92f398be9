using GraphQL;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.GraphQL.Transport;

/// <summary>A well-formed GraphQL-over-HTTP request, read from a GET query string or a POST JSON body.</summary>
internal sealed record GraphQLHttpRequest(string Query, Inputs? Variables, string? OperationName, Inputs? Extensions);

/// <summary>Why an HTTP request is not a well-formed GraphQL request: the code (whose HTTP status is answered) and a message.</summary>
internal sealed record TransportError(ErrorCode Code, string Message)
{
    public int Status => Code.HttpStatus;
}
