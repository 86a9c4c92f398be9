using System.CommandLine;
using System.Diagnostics;
using MechanismGraph.Import;

namespace MechanismGraph.Cli.Commands;

/// <summary>
/// <c>import --format kgx nodes.tsv edges.tsv</c> (or one <c>graph.tar.gz</c>): reads a KGX graph on top of seed-data and
/// prints the import report; with <c>--neo4j URL</c> it then writes the combined graph to Neo4j like <c>seed</c> does.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format") { Description = "The input format; only kgx (Biolink KGX TSV) is supported.", DefaultValueFactory = _ => "kgx" };
        format.AcceptOnlyFromAmong("kgx");
        var nodes = new Argument<FileInfo>("nodes") { Description = "The KGX nodes table (nodes.tsv, or .tsv.gz), or a .tar.gz archive holding both tables." };
        var edges = new Argument<FileInfo>("edges") { Description = "The KGX edges table (edges.tsv, or .tsv.gz); omitted for an archive.", Arity = ArgumentArity.ZeroOrOne };
        nodes.AcceptExistingOnly();
        edges.AcceptExistingOnly();
        var seedData = new Option<string?>("--seed-data") { Description = "The curated seed-data folder to import on top of (default: the nearest 'seed-data' folder)." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Skip bad rows and count them instead of failing the whole import." };
        var mappings = new Option<FileInfo[]>("--mappings") { Description = "SSSOM mapping tables (TSV): skos:exactMatch / owl:sameAs rows make two ids one entity.", AllowMultipleArgumentsPerToken = true };
        mappings.AcceptExistingOnly();
        var missingNodes = new Option<string>("--missing-nodes") { Description = "Edge ends no nodes file lists: create (as biolink:NamedThing, with a warning; KGX's behaviour) or reject (bad rows).", DefaultValueFactory = _ => "create" };
        missingNodes.AcceptOnlyFromAmong("create", "reject");
        var neo4j = new Neo4jTarget(required: false);
        var command = new Command("import", "Import a Biolink KGX TSV graph on top of seed-data: report what was imported, merged, skipped and mapped; with --neo4j, write the combined graph to Neo4j (one transaction, idempotent).")
        {
            format, nodes, edges, seedData, skipInvalid, mappings, missingNodes,
        };
        foreach (var option in neo4j.Options) command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var nodesPath = parse.GetValue(nodes)!.FullName;
            if (parse.GetValue(edges) is null && !KgxFiles.IsArchive(nodesPath))
            {
                error.WriteLine("import needs an edges table after the nodes table, unless the one file is a .tar/.tar.gz/.tgz archive holding both.");
                return 1;
            }
            if (SeedGraph.Load(parse.GetValue(seedData), error) is not { } seed) return 1;
            var clock = Stopwatch.StartNew();
            var files = parse.GetValue(edges) is { } edgesFile ? new KgxFiles(nodesPath, edgesFile.FullName) : KgxFiles.Archive(nodesPath);
            var options = new KgxImportOptions
            {
                SkipInvalid = parse.GetValue(skipInvalid),
                Mappings = (parse.GetValue(mappings) ?? []).Select(m => m.FullName).ToArray(),
                MissingNodes = parse.GetValue(missingNodes) == "reject" ? MissingNodePolicy.Reject : MissingNodePolicy.Create,
            };
            var result = KgxImporter.Import(seed, [files], options);
            clock.Stop();
            if (result.Graph is not { } graph)
            {
                foreach (var problem in result.Report.Problems) error.WriteLine(problem);
                error.WriteLine($"Import failed: {result.Report.Problems.Count} problem(s); nothing was imported{(parse.GetValue(skipInvalid) ? "" : " (--skip-invalid skips bad rows)")}.");
                return 1;
            }
            ImportReportText.Write(output, result.Report, graph, clock.Elapsed);
            return parse.GetValue(neo4j.Url) is null ? 0 : await neo4j.WriteAsync(parse, graph, output, error, cancellationToken);
        });
        return command;
    }
}
