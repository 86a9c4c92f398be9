using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using MechanismGraph.Export;

namespace MechanismGraph.Testing;

/// <summary>
/// Parses an export back with an independent reader per format and counts what it holds. A format registered in
/// <see cref="GraphExporters"/> without a reader here fails the registry tests, so no format ships unchecked.
/// </summary>
public static class ExportReadBack
{
    /// <summary>What a parsed export holds: its nodes (null for a format without them) and its edges.</summary>
    public sealed record Content(int? Nodes, int Edges);

    private static readonly IReadOnlyDictionary<string, Func<byte[], Content>> Readers = new Dictionary<string, Func<byte[], Content>>
    {
        ["kgx"] = Kgx,
        ["jsonl"] = Jsonl,
        ["graphml"] = Graphml,
    };

    public static Content Read(IGraphExporter exporter, byte[] bytes) =>
        Readers.TryGetValue(exporter.Id, out var read)
            ? read(bytes)
            : throw new InvalidOperationException($"No reader for the export format '{exporter.Id}': add one to {nameof(ExportReadBack)}.");

    private static Content Jsonl(byte[] bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines) JsonDocument.Parse(line).Dispose(); // every line is one JSON object
        return new Content(null, lines.Length);
    }

    private static Content Graphml(byte[] bytes)
    {
        var document = XDocument.Parse(Encoding.UTF8.GetString(bytes));
        XNamespace ns = GraphmlExporter.Namespace;
        return new Content(document.Descendants(ns + "node").Count(), document.Descendants(ns + "edge").Count());
    }

    private static Content Kgx(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        var rows = new Dictionary<string, int>();
        while (tar.GetNextEntry() is { } entry)
        {
            using var reader = new StreamReader(entry.DataStream!, Encoding.UTF8);
            var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var columns = lines[0].Split('\t').Length;
            if (lines.Any(l => l.Split('\t').Length != columns)) throw new InvalidDataException($"{entry.Name}: a row has another column count than the header");
            rows[entry.Name] = lines.Length - 1; // without the header
        }
        return new Content(rows[KgxArchive.NodesEntry], rows[KgxArchive.EdgesEntry]);
    }
}
