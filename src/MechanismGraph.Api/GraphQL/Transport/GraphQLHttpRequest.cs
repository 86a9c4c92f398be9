using GraphQL;

namespace MechanismGraph.Api.GraphQL.Transport;

/// <summary>A well-formed GraphQL-over-HTTP request, read from a GET query string or a POST JSON body.</summary>
internal sealed record GraphQLHttpRequest(string Query, Inputs? Variables, string? OperationName, Inputs? Extensions);

/// <summary>Why an HTTP request is not a well-formed GraphQL request: the status to answer with and a message.</summary>
internal sealed record TransportError(int Status, string Code, string Message);
