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
