using System.Formats.Tar;
using System.IO.Compression;

namespace MechanismGraph.Import;

/// <summary>
/// Opens the tables of a KGX input as KGX's reader does: a plain TSV, a gzipped one (recognised by its bytes, whatever
/// its name), or a tar archive (<c>.tar</c>, <c>.tar.gz</c>, <c>.tgz</c>) whose members named <c>…nodes.tsv</c> are the
/// nodes tables and <c>…edges.tsv</c> the edges tables, each read in archive order.
/// </summary>
internal static class KgxInput
{
    /// <summary>Whether the path names a tar archive holding both tables.</summary>
    public static bool IsArchive(string path) =>
        path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".tar", StringComparison.OrdinalIgnoreCase);

    /// <summary>Each table of the wanted kind ("nodes" or "edges"), opened in turn; the caller reads one before the next is opened.</summary>
    public static IEnumerable<TsvTable> Tables(string path, string kind)
    {
        if (!IsArchive(path))
        {
            using var table = TsvTable.Open(Decompressed(File.OpenRead(path)), Path.GetFileName(path));
            yield return table;
            yield break;
        }
        using var archive = new TarReader(Decompressed(File.OpenRead(path)));
        while (archive.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is null || !Path.GetFileName(entry.Name).EndsWith($"{kind}.tsv", StringComparison.Ordinal)) continue;
            using var table = TsvTable.Open(entry.DataStream, $"{Path.GetFileName(path)}:{entry.Name}");
            yield return table;
        }
    }

    /// <summary>
    /// Lines and bytes of a plain (neither archived nor gzipped) table, counted in one fast pass so columns can be sized
    /// once; (0, 0) for other inputs.
    /// </summary>
    public static (int Lines, long Bytes) PlainSize(string path)
    {
        if (IsArchive(path)) return (0, 0);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        var lines = 0;
        var first = true;
        for (int read; (read = stream.Read(buffer)) > 0; first = false)
        {
            if (first && read >= 2 && buffer[0] == 0x1f && buffer[1] == 0x8b) return (0, 0);
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }
        return (lines, stream.Length);
    }

    /// <summary>The stream itself, or its gunzipped content when it starts with the gzip magic bytes.</summary>
    public static Stream Decompressed(Stream raw)
    {
        var buffered = new BufferedStream(raw, 1 << 16);
        Span<byte> magic = stackalloc byte[2];
        var read = buffered.Read(magic);
        buffered.Seek(0, SeekOrigin.Begin);
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b ? new GZipStream(buffered, CompressionMode.Decompress) : buffered;
    }
}
