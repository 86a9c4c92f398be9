namespace MechanismGraph.Import;

/// <summary>One bad row (or header) of an import file.</summary>
/// <param name="Line">1-based line of the file; the header is line 1.</param>
public sealed record ImportProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
