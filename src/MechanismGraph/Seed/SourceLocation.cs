namespace MechanismGraph.Seed;

/// <summary>Where an item was written: a seed file and a 1-based line.</summary>
internal readonly record struct SourceLocation(string File, int Line);
