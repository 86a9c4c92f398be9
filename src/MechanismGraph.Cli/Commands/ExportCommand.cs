using System.CommandLine;
using System.CommandLine.Parsing;
using MechanismGraph.Export;
using MechanismGraph.Reasoning;
using Microsoft.Extensions.DependencyInjection;

namespace MechanismGraph.Cli.Commands;

/// <summary><c>export --format NAME [--out path] [--store …] [seed-data]</c>: writes one of the registered exports of the graph.</summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var exporters = GraphExporters.Default;
        var format = new Option<IGraphExporter>("--format", "-f")
        {
            Description = "The format: " + string.Join("; ", exporters.All.Select(e => $"{e.Id}: {e.Description}")) + ".",
            HelpName = string.Join("|", exporters.Names),
            Required = true,
            CustomParser = result => Parse(exporters, result),
        };
        format.CompletionSources.Add(exporters.Names.ToArray());
        var outPath = new Option<string?>("--out", "-o")
        {
            HelpName = "path",
            Description = "Where to write (default: standard output): a file; for a format of several files (kgx) a directory of them, or one archive named *.tar.gz.",
        };
        var folder = SeedFolder.Argument();
        var store = new StoreOptions();
        var command = store.Command("export", "Export the graph for research tools, from either store: " + string.Join(", ", exporters.Names) + ".", format, outPath, folder);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var exporter = parse.GetValue(format)!;
            var target = parse.GetValue(outPath);
            if (exporter.Parts.Count > 0 && target is null)
            {
                error.WriteLine($"{exporter.Id} writes {exporter.Parts.Count} tables: give --out DIRECTORY ({string.Join(", ", exporter.Parts.Select(p => p.FileName))}) or --out FILE{exporter.FileExtension} (one archive).");
                return 1;
            }
            await using var services = store.Compose(parse, parse.GetValue(folder));
            var reasoning = services.GetRequiredService<ReasoningServices>();
            foreach (var written in await ExportWriter.WriteAsync(reasoning, exporter, target, output, cancellationToken))
                output.WriteLine($"wrote {written.Path} ({written.Bytes:N0} bytes)");
            return 0;
        });
        return command;
    }

    private static IGraphExporter Parse(GraphExporters exporters, ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (exporters.Find(token) is { } exporter) return exporter;
        result.AddError(exporters.UnknownMessage(token));
        return null!;
    }
}
