namespace MechanismGraph.Model;

/// <summary>A verbatim span of a document supporting a relation.</summary>
/// <param name="Quote">The document's own characters between <paramref name="Start"/> and <paramref name="End"/>.</param>
/// <param name="Start">Offset of the first character (UTF-16 code units, 0-based).</param>
/// <param name="End">Offset just past the last character.</param>
public sealed record Evidence(string DocumentId, string Quote, int Start, int End);
