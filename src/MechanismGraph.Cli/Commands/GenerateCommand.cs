using System.CommandLine;
using System.Diagnostics;
using MechanismGraph.Export;
using MechanismGraph.Generate;

namespace MechanismGraph.Cli.Commands;

/// <summary><c>generate --nodes N --edges M --seed S --out dir</c>: a synthetic KGX graph for benchmarks, the same for the same seed.</summary>
internal static class GenerateCommand
{
    public static Command Create(TextWriter output)
    {
        var nodes = new Option<int>("--nodes") { Description = "Nodes to write (at least 2).", Required = true };
        var edges = new Option<int>("--edges") { Description = "Edges to write.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed writes the same files.", DefaultValueFactory = _ => 42 };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "The folder to write nodes.tsv and edges.tsv into.", Required = true };
        nodes.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 2 or > SyntheticGraphOptions.MaxNodes) r.AddError($"--nodes must be between 2 and {SyntheticGraphOptions.MaxNodes:N0}.");
        });
        edges.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > SyntheticGraphOptions.MaxEdges) r.AddError($"--edges must be between 0 and {SyntheticGraphOptions.MaxEdges:N0}.");
        });
        var command = new Command("generate", "Write a synthetic KGX TSV graph with power-law degrees, several kinds and predicates of mixed signs (deterministic for a seed).")
        {
            nodes, edges, seed, outDir,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            var directory = parse.GetValue(outDir)!.FullName;
            await SyntheticGraphGenerator.WriteAsync(new SyntheticGraphOptions(parse.GetValue(nodes), parse.GetValue(edges), parse.GetValue(seed)), directory, cancellationToken);
            output.WriteLine($"Wrote {parse.GetValue(nodes)} nodes and {parse.GetValue(edges)} edges (seed {parse.GetValue(seed)}) in {clock.Elapsed.TotalSeconds:0.0} s:");
            output.WriteLine($"  {Path.Combine(directory, KgxExporter.NodesFile)}");
            output.WriteLine($"  {Path.Combine(directory, KgxExporter.EdgesFile)}");
            return 0;
        });
        return command;
    }
}
