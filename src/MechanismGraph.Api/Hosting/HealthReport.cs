using MechanismGraph.Storage;

namespace MechanismGraph.Api.Hosting;

/// <summary>The body of a healthy <c>GET /health</c>: the store in use, what it holds, and the imports it was built from.</summary>
internal sealed record HealthReport(string Status, string Store, GraphCounts Counts, IReadOnlyList<HealthImport> Imports);
