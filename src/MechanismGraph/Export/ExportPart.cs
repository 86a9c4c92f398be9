using MechanismGraph.Reasoning;

namespace MechanismGraph.Export;

/// <summary>One file of a multi-file format (a KGX table), served and written on its own.</summary>
public sealed record ExportPart(string FileName, string MediaType, bool Compressible, Func<ReasoningServices, Stream, CancellationToken, Task> WriteAsync);
