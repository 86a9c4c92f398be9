namespace MechanismGraph.Import;

/// <summary>What an import read, merged, skipped and mapped: printed by the CLI, logged by the API, served by <c>sources</c>.</summary>
/// <param name="Nodes">Entities the import added (each may stand for several equivalent node rows).</param>
/// <param name="Edges">Relations the import added.</param>
/// <param name="MergedNodes">Node rows folded into another entity: a curated one (same CURIE, xref or mapping) or an equivalent imported node.</param>
/// <param name="MergedEdges">Edge rows that were a curated relation (<c>mechanismgraph:&lt;relation&gt;</c>): the curated one is kept.</param>
/// <param name="Problems">Every bad row; when the import succeeded, these rows were skipped (<c>--skip-invalid</c>).</param>
/// <param name="UnknownPredicates">Predicates (CURIEs) outside the vocabulary that got a predicate of their own, and their edge counts.</param>
/// <param name="NewKinds">Kinds of imported nodes (their most specific Biolink class) and their node counts.</param>
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

    /// <summary>Things read as KGX reads them but worth knowing: conflicting duplicates merged, nodes created for edges, refused joins (first <see cref="ImportNotes.MaxKept"/>).</summary>
    public IReadOnlyList<ImportProblem> Warnings { get; init; } = [];

    /// <summary>All warnings, including those beyond the kept ones.</summary>
    public int WarningCount { get; init; }

    /// <summary>Rows identical to an earlier row (or, for edges, the same statement from the same source): merged silently.</summary>
    public int DuplicateRows { get; init; }

    /// <summary>Edge ends no nodes file listed, created as <c>biolink:NamedThing</c>.</summary>
    public int CreatedNodes { get; init; }

    /// <summary>Predicate CURIEs the Biolink Model does not define, and their edge counts.</summary>
    public IReadOnlyDictionary<string, int> NonBiolinkPredicates { get; init; } = new Dictionary<string, int>();

    /// <summary>Imported relations per primary knowledge source.</summary>
    public IReadOnlyDictionary<string, int> KnowledgeSources { get; init; } = new Dictionary<string, int>();

    /// <summary>Equivalences read from SSSOM mapping files (exact matches) and node same_as/xref columns that joined two ids.</summary>
    public int Equivalences { get; init; }

    /// <summary>The files read, in order.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];
}
