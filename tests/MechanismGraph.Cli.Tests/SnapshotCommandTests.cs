using MechanismGraph.Testing;

namespace MechanismGraph.Cli.Tests;

public sealed class SnapshotCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mg-snapshot-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Build_ThenVerify_SaysUsable_AndADamagedFileIsNot()
    {
        var path = Path.Combine(_folder, "graph.snapshot");

        var build = CliRun.Of("snapshot", "build", SeedFixture.RealSeedDirectory, "--path", path);
        Assert.Equal(0, build.ExitCode);
        Assert.Contains($"Wrote {path}", build.Output);

        var verify = CliRun.Of("snapshot", "verify", SeedFixture.RealSeedDirectory, "--path", path);
        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("is usable", verify.Output);

        File.WriteAllBytes(path, File.ReadAllBytes(path)[..^1]);
        var damaged = CliRun.Of("snapshot", "verify", SeedFixture.RealSeedDirectory, "--path", path);
        Assert.Equal(1, damaged.ExitCode);
        Assert.Contains("is not usable: truncated or extended", damaged.Error);
    }
}
