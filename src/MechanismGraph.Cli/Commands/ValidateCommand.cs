using System.CommandLine;
using MechanismGraph.Composition;

namespace MechanismGraph.Cli.Commands;

/// <summary><c>validate [seed-data]</c>: checks a seed-data folder (and the configured imports) and prints a summary or every problem.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = SeedFolder.Argument();
        var store = new StoreOptions();
        var command = new Command("validate", "Check a seed-data folder: YAML shape, ids, references, predicates, kinds, CURIEs and every evidence quote.")
        {
            folder,
        };
        command.SetAction(parse =>
        {
            var source = new GraphSource(Composition.Settings.Bind<GraphOptions>(store.Configuration(parse, parse.GetValue(folder)), GraphOptions.Section), Directory.GetCurrentDirectory());
            Graph.KnowledgeGraph graph;
            try
            {
                graph = source.Graph;
            }
            catch (CompositionException e)
            {
                error.WriteLine(e.Message);
                return 1;
            }
            output.WriteLine($"seed-data is valid: {source.SeedDirectory}");
            output.WriteLine($"  documents: {graph.Documents.Count}");
            output.WriteLine($"  entities:  {graph.Entities.Count}");
            output.WriteLine($"  relations: {graph.Relations.Count} ({graph.CausalRelationCount} causal)");
            output.WriteLine($"  evidence:  {graph.EvidenceCount} quotes");
            output.WriteLine($"  predicates: {graph.Predicates.Count}, kinds: {graph.Kinds.Count}");
            output.WriteLine($"  content hash: {graph.ContentHash}");
            return 0;
        });
        return command;
    }
}
