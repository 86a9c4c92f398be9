using System.Text.Json;
using MechanismGraph.Composition;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Graph;

/// <summary>The graph snapshot: read back it is the parsed graph; a stale, damaged or foreign one is rebuilt, never trusted.</summary>
public sealed class GraphSnapshotTests : IDisposable
{
    private static readonly string Examples = Path.Combine(RepositoryRoot.Path, "tests", "MechanismGraph.Tests", "Import", "KgxExamples");
    private readonly string _folder = Directory.CreateTempSubdirectory("mg-snapshot-").FullName;

    public GraphSnapshotTests()
    {
        foreach (var name in new[] { "graph_multi_category_nodes.tsv", "graph_multi_category_edges.tsv" })
            File.Copy(Path.Combine(Examples, name), Path.Combine(_folder, name));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private GraphSource Source(bool? enabled = true, bool skipInvalid = false, string? path = "snapshot/graph.snapshot", bool import = true) =>
        new(new GraphOptions
        {
            SeedData = Path.Combine(RepositoryRoot.Path, "seed-data"),
            Imports = import ? [new GraphImportOptions { Nodes = "graph_multi_category_nodes.tsv", Edges = "graph_multi_category_edges.tsv", SkipInvalid = skipInvalid }] : [],
            Snapshot = new GraphSnapshotOptions { Enabled = enabled, Path = path },
        }, _folder);

    [Fact]
    public void ByDefault_AnImportedGraphGetsItsSnapshotBesideTheImport_AndSeedDataAloneNone()
    {
        var imported = Source(enabled: null, path: null);
        _ = imported.Graph;
        Assert.Equal(Path.Combine(_folder, "graph.snapshot"), imported.SnapshotPath);
        Assert.True(File.Exists(imported.SnapshotPath));

        var seedOnly = Source(enabled: null, path: null, import: false);
        _ = seedOnly.Graph;
        Assert.False(seedOnly.SnapshotEnabled);
        Assert.Null(seedOnly.SnapshotNote);
    }

    [Fact]
    public void ReadBack_IsTheParsedGraph_EveryRecordAndTheImportReports()
    {
        var parsed = Source(enabled: false);
        var first = Source();
        _ = first.Graph;
        Assert.Equal($"Rebuilt the graph snapshot {first.SnapshotPath}: no snapshot yet", first.SnapshotNote);

        var read = Source();
        _ = read.Graph;
        Assert.Equal($"Read the graph snapshot {read.SnapshotPath}", read.SnapshotNote);
        Assert.Equal(parsed.Graph.ContentHash, read.Graph.ContentHash);
        Assert.Equal(parsed.Graph.Relations.Select(Json), read.Graph.Relations.Select(Json));
        Assert.Equal(parsed.Graph.Entities.Select(Json), read.Graph.Entities.Select(Json));
        Assert.Equal(parsed.Graph.Topology.OutEntity, read.Graph.Topology.OutEntity);
        Assert.Equal(JsonSerializer.Serialize(parsed.ImportReports), JsonSerializer.Serialize(read.ImportReports));
        Assert.NotEmpty(read.ImportReports);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    [Fact]
    public void ChangedOptionOrFile_Rebuilds()
    {
        _ = Source().Graph;

        var otherOption = Source(skipInvalid: true);
        _ = otherOption.Graph;
        Assert.EndsWith("made from other inputs (seed-data, imports or their options changed)", otherOption.SnapshotNote);

        File.AppendAllText(Path.Combine(_folder, "graph_multi_category_nodes.tsv"), "\n");
        var otherFile = Source();
        _ = otherFile.Graph;
        Assert.EndsWith("made from other inputs (seed-data, imports or their options changed)", otherFile.SnapshotNote);
    }

    [Theory]
    [InlineData("truncated", "truncated or extended")]
    [InlineData("altered", "checksum mismatch (the file was altered or damaged)")]
    [InlineData("foreign", "not a MechanismGraph snapshot")]
    public void DamagedOrForeignSnapshot_IsRebuilt_NotTrusted(string damage, string reason)
    {
        var original = Source();
        _ = original.Graph;
        var path = original.SnapshotPath;
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, damage switch
        {
            "truncated" => bytes[..^100],
            "altered" => [.. bytes[..(bytes.Length / 2)], (byte)(bytes[bytes.Length / 2] ^ 0xFF), .. bytes[(bytes.Length / 2 + 1)..]],
            _ => "id\tcategory\n"u8.ToArray(),
        });

        var rebuilt = Source();
        Assert.Equal(original.Graph.ContentHash, rebuilt.Graph.ContentHash);
        Assert.Contains(reason, rebuilt.SnapshotNote);
        Assert.True(rebuilt.VerifySnapshot(out var why), why);
    }

    [Fact]
    public void UnwritableSnapshot_StillLoadsTheGraph_AndSaysWhy()
    {
        File.WriteAllText(Path.Combine(_folder, "a-file"), "");
        var source = Source(path: "a-file/graph.snapshot");

        Assert.Equal(Source(enabled: false).Graph.ContentHash, source.Graph.ContentHash);
        Assert.StartsWith($"Could not write the graph snapshot {source.SnapshotPath} (no snapshot yet): ", source.SnapshotNote);
    }
}
