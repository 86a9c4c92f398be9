using MechanismGraph.Storage;

namespace MechanismGraph.Api.Hosting;

/// <summary>The body of a healthy <c>GET /health</c>: the store in use and what it holds.</summary>
internal sealed record HealthReport(string Status, string Store, GraphCounts Counts);
