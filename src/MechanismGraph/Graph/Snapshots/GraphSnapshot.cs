using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using MechanismGraph.Import;
using MechanismGraph.Model;

namespace MechanismGraph.Graph.Snapshots;

/// <summary>
/// A loaded graph (and the reports of the imports that built it) as one binary file, read back instead of parsing
/// seed-data and KGX tables again. Layout: magic, format version, the 128-bit key of the inputs, payload length and
/// XxHash128 checksum, then the payload: the small tables as JSON, then the relation columns as raw arrays. A file that
/// is foreign, of another version or inputs, truncated or altered is refused with the reason, never trusted.
/// </summary>
internal static class GraphSnapshot
{
    /// <summary>Raised whenever the layout or the meaning of a field changes: older files are then rebuilt.</summary>
    public const int FormatVersion = 1;

    private const int HeaderBytes = 8 + 4 + 16 + 8 + 16;
    private static ReadOnlySpan<byte> Magic => "MGSNAP\r\n"u8;

    /// <summary>Writes the snapshot to a temporary file beside <paramref name="path"/>, then moves it in place (a crash never leaves half a file under the name).</summary>
    public static void Write(string path, UInt128 key, KnowledgeGraph graph, IReadOnlyList<ImportReport> reports)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp"; // two processes writing at once never share a file
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 20))
        {
            file.Write(new byte[HeaderBytes]);
            var checksum = new XxHash128();
            var columns = graph.Columns;
            var tables = new SnapshotTables(graph.Kinds, graph.Predicates, graph.Entities, graph.Documents, columns.Templates, columns.PredicateIds, reports);
            WriteBlock(file, checksum, JsonSerializer.SerializeToUtf8Bytes(tables));
            WriteBlock(file, checksum, MemoryMarshal.AsBytes(columns.IdChars.AsSpan()));
            foreach (var array in new[] { columns.IdStart, columns.Subject, columns.Object, columns.PredicateIndices, columns.Payload })
                WriteBlock(file, checksum, MemoryMarshal.AsBytes(array.AsSpan()));
            var header = new byte[HeaderBytes];
            Magic.CopyTo(header);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), FormatVersion);
            BinaryPrimitives.WriteUInt128LittleEndian(header.AsSpan(12), key);
            BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(28), file.Length - HeaderBytes);
            BinaryPrimitives.WriteUInt128LittleEndian(header.AsSpan(36), checksum.GetCurrentHashAsUInt128());
            file.Position = 0;
            file.Write(header);
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The graph and reports in the snapshot, or null with the reason it cannot be used (absent, foreign, stale, damaged).</summary>
    public static (KnowledgeGraph Graph, IReadOnlyList<ImportReport> Reports)? TryRead(string path, UInt128 key, out string? why)
    {
        if (!File.Exists(path)) { why = "no snapshot yet"; return null; }
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        var header = new byte[HeaderBytes];
        if (file.ReadAtLeast(header, HeaderBytes, throwOnEndOfStream: false) < HeaderBytes || !header.AsSpan(0, 8).SequenceEqual(Magic))
        {
            why = "not a MechanismGraph snapshot";
            return null;
        }
        if (BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(8)) is var version && version != FormatVersion)
        {
            why = $"format version {version}, this build writes {FormatVersion}";
            return null;
        }
        if (BinaryPrimitives.ReadUInt128LittleEndian(header.AsSpan(12)) != key) { why = "made from other inputs (seed-data, imports or their options changed)"; return null; }
        var length = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(28));
        if (length != file.Length - HeaderBytes) { why = $"truncated or extended ({file.Length - HeaderBytes:N0} payload bytes, {length:N0} written)"; return null; }
        var checksum = new XxHash128();
        try
        {
            // Every block read and the checksum compared before the JSON is parsed: a damaged file is never interpreted.
            // The columns are read straight into their arrays (no second copy of a hundred megabytes).
            var json = ReadBlock<byte>(file, checksum);
            var idChars = ReadBlock<char>(file, checksum);
            var arrays = new int[5][];
            for (var i = 0; i < arrays.Length; i++) arrays[i] = ReadBlock<int>(file, checksum);
            if (checksum.GetCurrentHashAsUInt128() != BinaryPrimitives.ReadUInt128LittleEndian(header.AsSpan(36)))
            {
                why = "checksum mismatch (the file was altered or damaged)";
                return null;
            }
            var tables = JsonSerializer.Deserialize<SnapshotTables>(json) ?? throw new InvalidDataException("empty tables");
            var columns = new RelationColumns(idChars, arrays[0], arrays[1], arrays[2], [.. tables.PredicateIds], arrays[3], arrays[4], [.. tables.Templates]);
            why = null;
            return (new KnowledgeGraph(tables.Kinds, tables.Predicates, tables.Entities, tables.Documents, columns), tables.Reports);
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or EndOfStreamException or ArgumentException or IndexOutOfRangeException)
        {
            why = $"unreadable ({e.Message})";
            return null;
        }
    }

    private static void WriteBlock(Stream file, XxHash128 checksum, ReadOnlySpan<byte> bytes)
    {
        Span<byte> length = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
        checksum.Append(length);
        checksum.Append(bytes);
        file.Write(length);
        file.Write(bytes);
    }

    private static T[] ReadBlock<T>(Stream file, XxHash128 checksum) where T : unmanaged
    {
        Span<byte> length = stackalloc byte[8];
        file.ReadExactly(length);
        checksum.Append(length);
        var count = BinaryPrimitives.ReadInt64LittleEndian(length);
        if (count < 0 || count > file.Length - file.Position || count % Unsafe.SizeOf<T>() != 0)
            throw new InvalidDataException("a block runs past the end of the file or splits a value");
        var items = new T[count / Unsafe.SizeOf<T>()];
        var bytes = MemoryMarshal.AsBytes(items.AsSpan());
        file.ReadExactly(bytes);
        checksum.Append(bytes);
        return items;
    }

    /// <summary>The snapshot's JSON part: everything but the relation columns.</summary>
    private sealed record SnapshotTables(
        IReadOnlyList<EntityKind> Kinds,
        IReadOnlyList<Predicate> Predicates,
        IReadOnlyList<Entity> Entities,
        IReadOnlyList<Document> Documents,
        IReadOnlyList<Relation> Templates,
        IReadOnlyList<string> PredicateIds,
        IReadOnlyList<ImportReport> Reports);
}
