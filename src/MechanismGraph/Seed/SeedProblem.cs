namespace MechanismGraph.Seed;

/// <summary>One problem found in the seed data, located as precisely as the YAML allows.</summary>
/// <param name="File">Path relative to the seed-data folder, with forward slashes.</param>
/// <param name="Line">1-based line, where the YAML gives one.</param>
public sealed record SeedProblem(SeedProblemKind Kind, string File, int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
