using MechanismGraph.Testing;

namespace MechanismGraph.Cli.Tests;

public sealed class ImportAndGenerateCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mg-cli-import-" + Guid.NewGuid().ToString("N")[..12]);

    private string Generate(int seed = 42)
    {
        var run = CliRun.Of("generate", "--nodes", "300", "--edges", "3000", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", _root);
        Assert.Equal(0, run.ExitCode);
        return _root;
    }

    [Fact]
    public void Generate_WritesNodesAndEdges_AndSaysWhere()
    {
        var run = CliRun.Of("generate", "--nodes", "100", "--edges", "1000", "--seed", "3", "--out", _root);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Wrote 100 nodes and 1000 edges (seed 3)", run.Output);
        Assert.Equal(1001, File.ReadLines(Path.Combine(_root, "edges.tsv")).Count());
    }

    [Fact]
    public void Import_AGeneratedGraph_PrintsTheReport()
    {
        var directory = Generate();

        var run = CliRun.Of("import", "--format", "kgx", Path.Combine(directory, "nodes.tsv"), Path.Combine(directory, "edges.tsv"), "--seed-data", SeedFixture.RealSeedDirectory);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("nodes: 300 imported (0 created for edges, as biolink:NamedThing), 0 merged into curated or equivalent entities", run.Output);
        Assert.Contains("edges: 3000 imported, 0 merged into curated relations", run.Output);
        Assert.Matches(@"predicate biolink:regulates \(Biolink\): \d+ edge\(s\), causal, sign UNKNOWN", run.Output);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Import_WithABadRow_ExitsOneWithFileAndLine_UnlessSkipInvalid()
    {
        var directory = Generate();
        File.AppendAllText(Path.Combine(directory, "edges.tsv"), "SYN:bad\tSYN:nope\tbiolink:causes\tSYN:g0000001" + new string('\t', MechanismGraph.Export.KgxExporter.EdgeColumns.Count - 4) + "\n");
        string[] args = ["import", Path.Combine(directory, "nodes.tsv"), Path.Combine(directory, "edges.tsv"), "--seed-data", SeedFixture.RealSeedDirectory, "--missing-nodes", "reject"];

        var strict = CliRun.Of(args);
        var lenient = CliRun.Of([.. args, "--skip-invalid"]);

        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("edges.tsv:3002: unknown node id 'SYN:nope' (subject)", strict.Error);
        Assert.Equal(0, CliRun.Of(args[..^2]).ExitCode); // by default, as KGX does, the missing node is created
        Assert.Contains("Import failed: 1 problem(s); nothing was imported (--skip-invalid, or Graph:Imports:0:SkipInvalid, skips bad rows):", strict.Error);
        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("skipped: 1 bad row(s)", lenient.Output);
        Assert.Contains("edges.tsv:3002: unknown node id", lenient.Output);
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
