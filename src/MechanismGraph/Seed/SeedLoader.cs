using MechanismGraph.Files;

namespace MechanismGraph.Seed;

/// <summary>Turns a seed-data folder (every *.yaml / *.yml under it) into a validated graph, all or nothing.</summary>
public static class SeedLoader
{
    public static SeedLoadResult Load(string seedDirectory, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        var root = Path.GetFullPath(seedDirectory);
        if (!Directory.Exists(root))
            return new SeedLoadResult(null, [new SeedProblem(SeedProblemKind.NoSeedFiles, seedDirectory, null, "seed-data folder not found")]);

        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Select(f => (Full: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal) // file order must not change the graph
            .ToList();
        if (files.Count == 0)
            return new SeedLoadResult(null, [new SeedProblem(SeedProblemKind.NoSeedFiles, seedDirectory, null, "no .yaml seed files in this folder")]);

        var raw = new RawSeed();
        foreach (var (full, relative) in files) SeedFileReader.Read(full, relative, raw, limits);
        return SeedValidator.Validate(raw, root, limits);
    }

    /// <summary>The seed-data folder to use when none is named: the nearest one up from the working directory, then from the app.</summary>
    public static string? FindDefaultDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seed-data");
                if (Directory.Exists(candidate)) return candidate;
            }
        return null;
    }
}
