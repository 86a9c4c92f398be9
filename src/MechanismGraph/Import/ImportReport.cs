namespace MechanismGraph.Import;

/// <summary>What an import read, merged, skipped and mapped: printed by the CLI, logged by the API.</summary>
/// <param name="Nodes">Node rows imported as new entities.</param>
/// <param name="Edges">Edge rows imported as new relations.</param>
/// <param name="MergedNodes">Node rows that named a curated entity (same project CURIE or xref): merged into it, not duplicated.</param>
/// <param name="MergedEdges">Edge rows that were a curated relation (<c>mechanismgraph:&lt;relation&gt;</c>): the curated one is kept.</param>
/// <param name="Problems">Every bad row; when the import succeeded, these rows were skipped (<c>--skip-invalid</c>).</param>
/// <param name="UnknownPredicates">Biolink predicates (with qualifiers) outside the vocabulary, imported with sign UNKNOWN, and their edge counts.</param>
/// <param name="NewKinds">Biolink categories outside the vocabulary, imported as kinds named after them, and their node counts.</param>
public sealed record ImportReport(
    int Nodes,
    int Edges,
    int MergedNodes,
    int MergedEdges,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyDictionary<string, int> UnknownPredicates,
    IReadOnlyDictionary<string, int> NewKinds)
{
    public int Skipped => Problems.Count;
}
