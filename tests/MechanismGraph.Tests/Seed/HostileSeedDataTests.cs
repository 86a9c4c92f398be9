using System.Diagnostics;
using System.Text;
using MechanismGraph.Seed;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Seed;

/// <summary>The seed-file rows of the hardening table: files are data, never paths to anywhere, and YAML is bounded.</summary>
public sealed class HostileSeedDataTests
{
    private const string Doc = SeedFixture.DocumentYaml;
    private static readonly TimeSpan Fast = TimeSpan.FromSeconds(2);

    private static SeedProblem OnlyProblem(SeedFixture fixture)
    {
        var clock = Stopwatch.StartNew();
        var result = fixture.Load();
        Assert.True(clock.Elapsed < Fast, $"took {clock.Elapsed}");
        Assert.Null(result.Graph);
        return Assert.Single(result.Problems);
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("/dev/zero")]
    public void ADocumentFileOutsideTheSeedFolder_IsRefused(string file)
    {
        using var fixture = new SeedFixture().Replace(Doc, "file: ketamine-glutamate.txt", $"file: {file}");

        var problem = OnlyProblem(fixture);

        Assert.Equal(SeedProblemKind.FileOutsideSeedFolder, problem.Kind);
        Assert.Equal(Doc, problem.File);
        Assert.Contains("outside the seed-data folder", problem.Message);
    }

    [Fact]
    public void ALinkInsideTheFolderToAFileOutsideIt_IsRefused()
    {
        using var fixture = new SeedFixture().Replace(Doc, "file: ketamine-glutamate.txt", "file: linked.txt");
        File.CreateSymbolicLink(Path.Combine(fixture.Directory, "documents", "linked.txt"), "/etc/passwd");

        Assert.Equal(SeedProblemKind.FileOutsideSeedFolder, OnlyProblem(fixture).Kind);
    }

    [Fact]
    public void AFifoAsASeedFile_IsRefusedUnread()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "mkfifo is a Unix command");
        using var fixture = new SeedFixture();
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(fixture.Directory, "extra.yaml"))) mkfifo.WaitForExit();

        var problem = OnlyProblem(fixture);

        Assert.Equal(SeedProblemKind.UnreadableFile, problem.Kind);
        Assert.Contains("not a regular file", problem.Message);
    }

    [Fact]
    public void AHundredThousandOpeningBrackets_AreNestingTooDeep_NotAStackOverflow()
    {
        using var fixture = new SeedFixture().Write("deep.yaml", "kinds: " + new string('[', 100_000) + "\n");

        var problem = OnlyProblem(fixture);

        Assert.Equal("deep.yaml:1: nesting too deep (more than 100 levels of sequences and mappings)", problem.ToString());
    }

    [Fact]
    public void ABillionLaughsAsAMappingKey_IsRefused()
    {
        var yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++) yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        yaml.Append("? *a9\n: x\n");
        using var fixture = new SeedFixture().Write("bomb.yaml", yaml.ToString());

        var problem = OnlyProblem(fixture);

        Assert.Equal(SeedProblemKind.MalformedYaml, problem.Kind);
        Assert.Contains("aliases expand to more than 1,000,000 nodes", problem.Message);
    }

    [Fact]
    public void InvalidUtf8_IsReportedAtItsLine()
    {
        using var fixture = new SeedFixture();
        File.WriteAllBytes(Path.Combine(fixture.Directory, "bad.yaml"), [.. "entities:\n  - id: x\n    name: \"a"u8, 0xFF, .. "\"\n"u8]);

        Assert.Equal("bad.yaml:3: not valid UTF-8 text", OnlyProblem(fixture).ToString());
    }

    [Fact]
    public void AnUndefinedAnchor_IsReportedAtTheAliasLine()
    {
        using var fixture = new SeedFixture().Write("bad.yaml", "entities:\n\n\n  - *nope\n");

        Assert.Equal("bad.yaml:4: alias *nope refers to no anchor defined before it", OnlyProblem(fixture).ToString());
    }

    [Fact]
    public void ADocumentLargerThanTheLimit_IsRefused()
    {
        using var fixture = new SeedFixture();

        var result = SeedLoader.Load(fixture.Directory, new MechanismGraph.Files.InputLimits(MaxDocumentBytes: 100));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(SeedProblemKind.UnreadableFile, problem.Kind);
        Assert.Contains("at most 100 are read", problem.Message);
    }
}
