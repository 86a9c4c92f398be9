using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using MechanismGraph.Seed;
using MechanismGraph.Testing;

namespace MechanismGraph.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private static readonly Graph.KnowledgeGraph Shipped = ShippedSeed.Graph;
    private readonly string _out = Path.Combine(Path.GetTempPath(), "mg-export-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }

    [Fact]
    public void Export_JsonlWithoutOut_WritesOnlyTheFactsToStandardOutput()
    {
        var run = CliRun.Of("export", "--format", "jsonl", SeedFixture.RealSeedDirectory);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Shipped.Relations.Count, lines.Length);
        Assert.Equal(Shipped.Relations.Select(r => r.Id), lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
    }

    [Fact]
    public void Export_KgxToADirectory_WritesNodesAndEdgesTablesAndTheirSizes()
    {
        var run = CliRun.Of("export", "-f", "kgx", "--out", _out, SeedFixture.RealSeedDirectory);

        Assert.Equal(0, run.ExitCode);
        var nodes = Path.Combine(_out, "nodes.tsv");
        var edges = Path.Combine(_out, "edges.tsv");
        Assert.Contains($"wrote {nodes} ({new FileInfo(nodes).Length:N0} bytes)", run.Output);
        Assert.Contains($"wrote {edges} ({new FileInfo(edges).Length:N0} bytes)", run.Output);
        Assert.StartsWith("id\tcategory\tname\t", File.ReadAllText(nodes));
        Assert.Equal(Shipped.Entities.Count + 1, File.ReadAllLines(nodes).Length);
        Assert.StartsWith("id\tsubject\tpredicate\tobject\t", File.ReadAllText(edges));
        Assert.Equal(Shipped.Relations.Count + 1, File.ReadAllLines(edges).Length);
    }

    [Fact]
    public void Export_KgxToATarGz_WritesTheArchiveOfBothTables()
    {
        var archive = Path.Combine(_out, "graph.tar.gz");
        var run = CliRun.Of("export", "-f", "kgx", "-o", archive, SeedFixture.RealSeedDirectory);

        Assert.Equal(0, run.ExitCode);
        using var tar = new TarReader(new GZipStream(File.OpenRead(archive), CompressionMode.Decompress));
        var names = new List<string>();
        while (tar.GetNextEntry() is { } entry) names.Add(entry.Name);
        Assert.Equal(["mechanism-graph_nodes.tsv", "mechanism-graph_edges.tsv"], names);
    }

    [Fact]
    public void Export_GraphmlToAFile_ParsesAsGraphml()
    {
        var file = Path.Combine(_out, "graph.graphml");
        var run = CliRun.Of("export", "--format", "graphml", "--out", file, SeedFixture.RealSeedDirectory);

        Assert.Equal(0, run.ExitCode);
        var document = XDocument.Load(file);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(Shipped.Entities.Count, document.Descendants(ns + "node").Count());
        Assert.Equal(Shipped.Relations.Count, document.Descendants(ns + "edge").Count());
    }

    [Fact]
    public void Export_KgxWithoutOut_ExitsOneAskingForADirectoryOrArchive()
    {
        var run = CliRun.Of("export", "--format", "kgx", SeedFixture.RealSeedDirectory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("give --out DIRECTORY (nodes.tsv, edges.tsv) or --out FILE.tar.gz", run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Export_UnknownFormat_ExitsNonZeroListingTheFormats()
    {
        var run = CliRun.Of("export", "--format", "csv", SeedFixture.RealSeedDirectory);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Unknown export format 'csv'; known formats: kgx, jsonl, graphml", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Export_InvalidSeedData_ExitsOneWithTheProblemsAndNoOutput()
    {
        using var fixture = new SeedFixture().Replace(SeedFixture.DocumentYaml, "object: chronic-pain\n", "object: chronic-pains\n");

        var run = CliRun.Of("export", "--format", "jsonl", fixture.Directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("object 'chronic-pains' is not a known entity id", run.Error);
        Assert.Equal("", run.Output);
    }
}
