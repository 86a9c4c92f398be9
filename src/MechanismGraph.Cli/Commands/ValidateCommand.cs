using System.CommandLine;
using MechanismGraph.Seed;

namespace MechanismGraph.Cli.Commands;

/// <summary><c>validate [seed-data]</c>: checks a seed-data folder and prints a summary or every problem.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = SeedFolder.Argument();
        var command = new Command("validate", "Check a seed-data folder: YAML shape, ids, references, predicates, kinds, CURIEs and every evidence quote.")
        {
            folder,
        };
        command.SetAction(parse =>
        {
            if (SeedFolder.Resolve(parse.GetValue(folder), error) is not { } directory) return 1;
            var result = SeedLoader.Load(directory);
            if (result.Graph is not { } graph)
            {
                error.WriteLine($"{result.Problems.Count} problem(s) in {directory}:");
                foreach (var problem in result.Problems) error.WriteLine($"  {problem}");
                return 1;
            }
            output.WriteLine($"seed-data is valid: {directory}");
            output.WriteLine($"  documents: {graph.Documents.Count}");
            output.WriteLine($"  entities:  {graph.Entities.Count}");
            output.WriteLine($"  relations: {graph.Relations.Count} ({graph.Relations.Count(r => graph.SignOf(r) != Model.Sign.None)} causal)");
            output.WriteLine($"  evidence:  {graph.EvidenceCount} quotes");
            output.WriteLine($"  predicates: {graph.Predicates.Count}, kinds: {graph.Kinds.Count}");
            output.WriteLine($"  content hash: {graph.ContentHash}");
            return 0;
        });
        return command;
    }
}
