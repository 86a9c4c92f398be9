using MechanismGraph.Seed;

namespace MechanismGraph.Testing;

/// <summary>A throw-away copy of the real seed-data, edited by a test to break exactly one thing.</summary>
public sealed class SeedFixture : IDisposable
{
    public static string RealSeedDirectory { get; } =
        RepositoryRoot.Combine("seed-data");

    public const string DocumentYaml = "documents/ketamine-glutamate.yaml";

    public SeedFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "mg-seed-" + Guid.NewGuid().ToString("N")[..12]);
        foreach (var file in System.IO.Directory.EnumerateFiles(RealSeedDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(RealSeedDirectory, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; }

    /// <summary>Replaces the first occurrence of <paramref name="from"/> in a seed file; fails loudly if absent.</summary>
    public SeedFixture Replace(string relativeFile, string from, string to)
    {
        var path = Path.Combine(Directory, relativeFile);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"'{from}' not found in {relativeFile}");
        File.WriteAllText(path, text[..at] + to + text[(at + from.Length)..]);
        return this;
    }

    public SeedFixture Write(string relativeFile, string content)
    {
        var path = Path.Combine(Directory, relativeFile);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public SeedFixture Delete(string relativeFile)
    {
        File.Delete(Path.Combine(Directory, relativeFile));
        return this;
    }

    public SeedLoadResult Load() => SeedLoader.Load(Directory);

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
