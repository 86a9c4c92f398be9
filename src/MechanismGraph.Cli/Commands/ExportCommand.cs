using System.CommandLine;
using System.CommandLine.Parsing;
using MechanismGraph.Export;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage.Embedded;

namespace MechanismGraph.Cli.Commands;

/// <summary><c>export --format kgx|jsonl|graphml [--out path] [seed-data]</c>: writes a standard export of the graph.</summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var format = new Option<ExportFormat>("--format", "-f")
        {
            Description = $"The format: {string.Join(", ", ExportFormats.Names)}.",
            HelpName = string.Join("|", ExportFormats.Names),
            Required = true,
            CustomParser = Parse,
        };
        format.CompletionSources.Add(ExportFormats.Names.ToArray());
        var outPath = new Option<string?>("--out", "-o")
        {
            HelpName = "path",
            Description = "Where to write: a file for jsonl/graphml (default: standard output); for kgx a directory (nodes.tsv, edges.tsv) or a .tar.gz file.",
        };
        var folder = SeedFolder.Argument();
        var command = new Command("export", "Export the graph for research tools: KGX TSV (Biolink), JSON Lines facts, or GraphML (Cytoscape, Gephi).")
        {
            format, outPath, folder,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var chosen = parse.GetValue(format);
            var target = parse.GetValue(outPath);
            if (chosen == ExportFormat.Kgx && target is null)
            {
                error.WriteLine("kgx writes two tables: give --out DIRECTORY (nodes.tsv, edges.tsv) or --out FILE.tar.gz (one archive).");
                return 1;
            }
            if (SeedGraph.Load(parse.GetValue(folder), error) is not { } graph) return 1;
            var reasoning = new ReasoningServices(new EmbeddedGraphStore(graph));
            foreach (var written in await ExportWriter.WriteAsync(reasoning, chosen, target, output, cancellationToken))
                output.WriteLine($"wrote {written.Path} ({written.Bytes:N0} bytes)");
            return 0;
        });
        return command;
    }

    private static ExportFormat Parse(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (ExportFormats.TryParse(token, out var format)) return format;
        result.AddError(ExportFormats.UnknownMessage(token));
        return default;
    }
}
