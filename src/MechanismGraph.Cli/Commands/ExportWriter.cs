using MechanismGraph.Export;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Cli.Commands;

/// <summary>Writes an export to files (or to standard output) and reports each file written with its size.</summary>
internal static class ExportWriter
{
    public sealed record Written(string Path, long Bytes);

    /// <summary>
    /// A target ending in the format's extension (or any target of a single-file format) gets the single file; another
    /// target of a multi-file format is a directory of its parts; no target is standard output, which carries the export alone.
    /// </summary>
    public static async Task<IReadOnlyList<Written>> WriteAsync(
        ReasoningServices reasoning, IGraphExporter exporter, string? target, TextWriter standardOutput, CancellationToken cancellationToken)
    {
        if (target is null)
        {
            // Standard output carries the export alone, so it can be piped.
            await using (var stream = new TextWriterStream(standardOutput, ExportText.Encoding))
                await exporter.WriteAsync(reasoning, stream, cancellationToken);
            await standardOutput.FlushAsync(cancellationToken);
            return [];
        }
        if (exporter.Parts.Count == 0 || target.EndsWith(exporter.FileExtension, StringComparison.OrdinalIgnoreCase))
            return [await ToFileAsync(target, s => exporter.WriteAsync(reasoning, s, cancellationToken))];
        Directory.CreateDirectory(target);
        var written = new List<Written>();
        foreach (var part in exporter.Parts)
            written.Add(await ToFileAsync(Path.Combine(target, part.FileName), s => part.WriteAsync(reasoning, s, cancellationToken)));
        return written;
    }

    private static async Task<Written> ToFileAsync(string path, Func<Stream, Task> write)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } parent) Directory.CreateDirectory(parent);
        await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            await write(file);
        return new Written(path, new FileInfo(path).Length);
    }
}
