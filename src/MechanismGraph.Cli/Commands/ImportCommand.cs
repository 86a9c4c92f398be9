using System.CommandLine;
using System.Diagnostics;
using MechanismGraph.Composition;
using MechanismGraph.Import;
using MechanismGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MechanismGraph.Cli.Commands;

/// <summary>
/// <c>import --format kgx nodes.tsv edges.tsv</c> (or one <c>graph.tar.gz</c>, with <c>--mappings</c> SSSOM files): reads a
/// KGX graph on top of seed-data (as <c>Graph:Imports</c> does), prints the import report, then writes the combined graph
/// into the store like <c>seed</c> does.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format") { Description = "The input format; only kgx (Biolink KGX TSV) is supported.", DefaultValueFactory = _ => "kgx" };
        format.AcceptOnlyFromAmong("kgx");
        var nodes = new Argument<FileInfo>("nodes") { Description = "The KGX nodes table (nodes.tsv, or .tsv.gz), or a .tar/.tar.gz/.tgz archive holding both tables." };
        var edges = new Argument<FileInfo>("edges") { Description = "The KGX edges table (edges.tsv, or .tsv.gz); omitted for an archive.", Arity = ArgumentArity.ZeroOrOne };
        nodes.AcceptExistingOnly();
        edges.AcceptExistingOnly();
        var seedData = new Option<string?>("--seed-data") { Description = "The curated seed-data folder to import on top of (default: Graph:SeedData, else the nearest 'seed-data' folder)." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Skip bad rows and count them instead of failing the whole import." };
        var mappings = new Option<FileInfo[]>("--mappings") { Description = "SSSOM mapping tables (TSV): skos:exactMatch / owl:sameAs rows make two ids one entity.", AllowMultipleArgumentsPerToken = true };
        mappings.AcceptExistingOnly();
        var missingNodes = new Option<string>("--missing-nodes") { Description = "Edge ends no nodes file lists: create (as biolink:NamedThing, with a warning; KGX's behaviour) or reject (bad rows).", DefaultValueFactory = _ => "create" };
        missingNodes.AcceptOnlyFromAmong("create", "reject");
        var store = new StoreOptions();
        var writing = new WriteOptions();
        var command = store.Command("import", "Import a Biolink KGX TSV graph on top of seed-data: report what was imported, merged, skipped and mapped, then write the combined graph into the store (on Neo4j: batches into a new generation, made live in one transaction; --resume continues an interrupted one).",
            format, nodes, edges, seedData, skipInvalid, mappings, missingNodes);
        writing.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var nodesPath = parse.GetValue(nodes)!.FullName;
            var edgesPath = parse.GetValue(edges)?.FullName;
            if (edgesPath is null && !KgxFiles.IsArchive(nodesPath))
            {
                error.WriteLine("import needs an edges table after the nodes table, unless the one file is a .tar/.tar.gz/.tgz archive holding both.");
                return 1;
            }
            var clock = Stopwatch.StartNew();
            // Imports configured in settings come first; this one goes after them.
            var configured = store.Configuration(parse, parse.GetValue(seedData)).GetSection("Graph:Imports").GetChildren().Count();
            var prefix = $"Graph:Imports:{configured}";
            List<KeyValuePair<string, string?>> settings = edgesPath is null
                ? [new($"{prefix}:Archive", nodesPath)]
                : [new($"{prefix}:Nodes", nodesPath), new($"{prefix}:Edges", edgesPath)];
            settings.Add(new($"{prefix}:SkipInvalid", parse.GetValue(skipInvalid) ? "true" : "false"));
            settings.Add(new($"{prefix}:MissingNodes", parse.GetValue(missingNodes) == "reject" ? nameof(MissingNodePolicy.Reject) : nameof(MissingNodePolicy.Create)));
            settings.AddRange((parse.GetValue(mappings) ?? []).Select((m, i) => new KeyValuePair<string, string?>($"{prefix}:Mappings:{i}", m.FullName)));
            settings.AddRange(writing.Settings(parse));
            await using var services = store.Compose(parse, parse.GetValue(seedData), settings);
            var source = services.GetRequiredService<GraphSource>();
            var graph = source.Graph;
            clock.Stop();
            ImportReportText.Write(output, source.ImportReports[^1], graph, clock.Elapsed);
            return await GraphWriter.WriteAsync(services.GetRequiredService<IGraphSeeder>(), services.GetRequiredService<IGraphStore>(), graph, output, error, cancellationToken);
        });
        return command;
    }
}
