namespace MechanismGraph.Testing;

/// <summary>The checkout the tests run from: the nearest folder above the test binaries that holds MechanismGraph.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>A path inside the repository, e.g. <c>Combine("src", "MechanismGraph.Api")</c>.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "MechanismGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException($"MechanismGraph.sln not found above {AppContext.BaseDirectory}");
    }
}
