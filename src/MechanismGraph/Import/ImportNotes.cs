namespace MechanismGraph.Import;

/// <summary>Warnings of one import: all counted, the first <see cref="MaxKept"/> kept (a large graph can have millions).</summary>
internal sealed class ImportNotes
{
    public const int MaxKept = 200;

    public List<ImportProblem> Kept { get; } = [];

    public int Count { get; private set; }

    public void Add(string file, int line, string message)
    {
        Count++;
        if (Kept.Count < MaxKept) Kept.Add(new ImportProblem(file, line, message));
    }
}
