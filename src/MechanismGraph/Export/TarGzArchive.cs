using System.Formats.Tar;
using System.IO.Compression;
using System.IO.Pipelines;

namespace MechanismGraph.Export;

/// <summary>Text files streamed into one deterministic <c>.tar.gz</c> (fixed times and modes): the archive of multi-file exports.</summary>
public static class TarGzArchive
{
    /// <summary>
    /// Streams the archive. A tar header states its file's size before the content, so each entry is written twice:
    /// once to count its bytes, once into the archive; exports are deterministic, so both passes agree.
    /// </summary>
    public static async Task WriteAsync(
        Stream output, IReadOnlyList<(string Name, Func<TextWriter, CancellationToken, Task> Write)> entries, CancellationToken cancellationToken = default)
    {
        await using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            await using (var chunks = new FixedChunkStream(gzip))
            await using (var tar = new TarWriter(chunks, TarEntryFormat.Ustar, leaveOpen: true))
            {
                foreach (var (name, write) in entries)
                    await WriteEntryAsync(tar, name, write, cancellationToken);
            }
            await gzip.FlushAsync(cancellationToken);
        }
        await output.FlushAsync(cancellationToken);
    }

    private static async Task WriteEntryAsync(TarWriter tar, string name, Func<TextWriter, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var counter = new CountingStream();
        await ExportText.WriteAsync(counter, write, cancellationToken);

        var pipe = new Pipe();
        var producer = ProduceAsync(pipe.Writer, write, cancellationToken);
        var data = new KnownLengthStream(pipe.Reader.AsStream(), counter.Length);
        try
        {
            var entry = new UstarTarEntry(TarEntryType.RegularFile, name)
            {
                // A fixed time and mode: the archive's bytes depend on the graph only.
                ModificationTime = DateTimeOffset.UnixEpoch,
                Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
                DataStream = data,
            };
            await tar.WriteEntryAsync(entry, cancellationToken);
        }
        finally
        {
            // Completes the pipe's reader, so a failed archive write never leaves the producer waiting.
            await data.DisposeAsync();
        }
        await producer;
    }

    private static async Task ProduceAsync(PipeWriter writer, Func<TextWriter, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        await Task.Yield(); // let the tar writer start reading while this side writes
        try
        {
            await ExportText.WriteAsync(writer.AsStream(leaveOpen: true), write, cancellationToken);
            await writer.CompleteAsync();
        }
        catch (Exception e)
        {
            await writer.CompleteAsync(e);
            throw;
        }
    }
}
