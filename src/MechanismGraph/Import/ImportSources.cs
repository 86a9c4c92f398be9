namespace MechanismGraph.Import;

/// <summary>The imports the running graph was built from, in order: what <c>/health</c>, <c>stats</c> and <c>sources</c> list.</summary>
public sealed class ImportSources
{
    private readonly List<ImportSource> _sources = [];

    public IReadOnlyList<ImportSource> All => _sources;

    public void Add(ImportSource source) => _sources.Add(source);
}
