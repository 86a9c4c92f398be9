namespace MechanismGraph.Import;

/// <summary>The imports the running graph was built from, in order: what <c>/health</c>, <c>stats</c> and <c>sources</c> list.</summary>
/// <param name="reports">Each configured import's report, in order (empty while the graph is not loaded).</param>
public sealed class ImportSources(Func<IReadOnlyList<ImportReport>> reports)
{
    public IReadOnlyList<ImportSource> All => reports().Select((report, index) => new ImportSource(index, report.Files, report)).ToArray();
}
