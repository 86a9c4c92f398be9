using System.CommandLine;
using System.Diagnostics;
using MechanismGraph.Composition;
using MechanismGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MechanismGraph.Cli.Commands;

/// <summary>
/// <c>import --format kgx nodes.tsv edges.tsv</c>: reads a KGX graph on top of seed-data (as <c>Graph:Imports</c> does),
/// prints the import report, then writes the combined graph into the store like <c>seed</c> does.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format") { Description = "The input format; only kgx (Biolink KGX TSV) is supported.", DefaultValueFactory = _ => "kgx" };
        format.AcceptOnlyFromAmong("kgx");
        var nodes = new Argument<FileInfo>("nodes") { Description = "The KGX nodes table (nodes.tsv)." };
        var edges = new Argument<FileInfo>("edges") { Description = "The KGX edges table (edges.tsv)." };
        nodes.AcceptExistingOnly();
        edges.AcceptExistingOnly();
        var seedData = new Option<string?>("--seed-data") { Description = "The curated seed-data folder to import on top of (default: Graph:SeedData, else the nearest 'seed-data' folder)." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Skip bad rows and count them instead of failing the whole import." };
        var store = new StoreOptions();
        var command = store.Command("import", "Import a Biolink KGX TSV graph on top of seed-data: report what was imported, merged, skipped and mapped, then write the combined graph into the store (on Neo4j: one transaction, idempotent).", format, nodes, edges, seedData, skipInvalid);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            // Imports configured in settings come first; this one goes after them.
            var configured = store.Configuration(parse, parse.GetValue(seedData)).GetSection("Graph:Imports").GetChildren().Count();
            await using var services = store.Compose(parse, parse.GetValue(seedData),
            [
                new($"Graph:Imports:{configured}:Nodes", parse.GetValue(nodes)!.FullName),
                new($"Graph:Imports:{configured}:Edges", parse.GetValue(edges)!.FullName),
                new($"Graph:Imports:{configured}:SkipInvalid", parse.GetValue(skipInvalid) ? "true" : "false"),
            ]);
            var source = services.GetRequiredService<GraphSource>();
            var graph = source.Graph;
            clock.Stop();
            ImportReportText.Write(output, source.ImportReports[^1], graph, clock.Elapsed);
            return await GraphWriter.WriteAsync(services.GetRequiredService<IGraphSeeder>(), services.GetRequiredService<IGraphStore>(), graph, output, error, cancellationToken);
        });
        return command;
    }
}
