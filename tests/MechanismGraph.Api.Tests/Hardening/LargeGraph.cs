using MechanismGraph.Generate;

namespace MechanismGraph.Api.Tests.Hardening;

/// <summary>A synthetic KGX graph (20,000 nodes, 200,000 edges) written once per test run, large enough for slow queries.</summary>
internal static class LargeGraph
{
    private static readonly Lazy<Task<string>> Directory = new(async () =>
    {
        var directory = Path.Combine(Path.GetTempPath(), "mg-hardening-graph-" + Environment.ProcessId);
        System.IO.Directory.CreateDirectory(directory);
        await SyntheticGraphGenerator.WriteAsync(new SyntheticGraphOptions(20_000, 200_000, 42), directory, CancellationToken.None);
        return directory;
    });

    /// <summary>Settings serving seed-data plus the synthetic graph, with <paramref name="more"/> on top.</summary>
    public static async Task<Dictionary<string, string?>> SettingsAsync(Dictionary<string, string?> more)
    {
        var directory = await Directory.Value;
        var settings = new Dictionary<string, string?>
        {
            ["Graph:Imports:0:Nodes"] = Path.Combine(directory, "nodes.tsv"),
            ["Graph:Imports:0:Edges"] = Path.Combine(directory, "edges.tsv"),
            ["GraphQL:ResponseCacheBytes"] = "0",
        };
        foreach (var (key, value) in more) settings[key] = value;
        return settings;
    }

    /// <summary>Ten full downstream traversals from the graph's first hub: seconds of work.</summary>
    public const string SlowQuery = "{ " + "a0: effects(of: \"SYN:p0000000\", maxHops: 10) { hops } a1: effects(of: \"SYN:p0000000\", maxHops: 9) { hops } "
        + "a2: effects(of: \"SYN:p0000000\", maxHops: 8) { hops } a3: causes(of: \"SYN:p0000000\", maxHops: 10) { hops } "
        + "a4: causes(of: \"SYN:p0000000\", maxHops: 9) { hops } a5: effects(of: \"SYN:p0000000\", maxHops: 7) { hops } "
        + "a6: causes(of: \"SYN:p0000000\", maxHops: 8) { hops } a7: effects(of: \"SYN:p0000000\", maxHops: 6) { hops } "
        + "a8: causes(of: \"SYN:p0000000\", maxHops: 7) { hops } a9: effects(of: \"SYN:p0000000\", maxHops: 5) { hops } }";
}
