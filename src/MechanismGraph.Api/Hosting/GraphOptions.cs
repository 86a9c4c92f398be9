namespace MechanismGraph.Api.Hosting;

/// <summary>The <c>Graph</c> configuration section.</summary>
internal sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>Which store answers queries. Default: <see cref="GraphStoreKind.Embedded"/> (no server needed).</summary>
    public GraphStoreKind Store { get; set; } = GraphStoreKind.Embedded;

    /// <summary>The seed-data folder. Default: the nearest <c>seed-data</c> folder above the working directory.</summary>
    public string? SeedData { get; set; }
}

/// <summary>The stores the service can run on.</summary>
internal enum GraphStoreKind
{
    Embedded,
    Neo4j,
}
