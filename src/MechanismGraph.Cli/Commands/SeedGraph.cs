using MechanismGraph.Graph;
using MechanismGraph.Seed;

namespace MechanismGraph.Cli.Commands;

/// <summary>Loads the seed-data folder a command was given, or says on the error writer why it cannot.</summary>
internal static class SeedGraph
{
    public static KnowledgeGraph? Load(string? given, TextWriter error)
    {
        if (SeedFolder.Resolve(given, error) is not { } directory) return null;
        var result = SeedLoader.Load(directory);
        if (result.Graph is { } graph) return graph;
        error.WriteLine($"{result.Problems.Count} problem(s) in {directory} (run 'validate' after fixing them):");
        foreach (var problem in result.Problems) error.WriteLine($"  {problem}");
        return null;
    }
}
