using MechanismGraph.Export;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Cli.Commands;

/// <summary>Writes an export to files (or to standard output) and reports each file written with its size.</summary>
internal static class ExportWriter
{
    public sealed record Written(string Path, long Bytes);

    public static async Task<IReadOnlyList<Written>> WriteAsync(
        ReasoningServices reasoning, ExportFormat format, string? target, TextWriter standardOutput, CancellationToken cancellationToken)
    {
        switch (format)
        {
            case ExportFormat.Kgx when IsArchive(target!):
                return [await ToFileAsync(target!, s => KgxArchive.WriteAsync(new KgxExporter(reasoning), s, cancellationToken))];
            case ExportFormat.Kgx:
                Directory.CreateDirectory(target!);
                var kgx = new KgxExporter(reasoning);
                return
                [
                    await ToFileAsync(Path.Combine(target!, KgxExporter.NodesFile), s => ExportText.WriteAsync(s, kgx.WriteNodesAsync, cancellationToken)),
                    await ToFileAsync(Path.Combine(target!, KgxExporter.EdgesFile), s => ExportText.WriteAsync(s, kgx.WriteEdgesAsync, cancellationToken)),
                ];
        }
        Func<TextWriter, CancellationToken, Task> write = format == ExportFormat.Jsonl
            ? new JsonlExporter(reasoning).WriteAsync
            : new GraphmlExporter(reasoning).WriteAsync;
        if (target is null)
        {
            // Standard output carries the export alone, so it can be piped.
            await write(standardOutput, cancellationToken);
            await standardOutput.FlushAsync(cancellationToken);
            return [];
        }
        return [await ToFileAsync(target, s => ExportText.WriteAsync(s, write, cancellationToken))];
    }

    private static bool IsArchive(string path) =>
        path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase);

    private static async Task<Written> ToFileAsync(string path, Func<Stream, Task> write)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } parent) Directory.CreateDirectory(parent);
        await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            await write(file);
        return new Written(path, new FileInfo(path).Length);
    }
}
