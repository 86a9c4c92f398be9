using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Storage.Neo4j.Http;
using MechanismGraph.Seed;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Storage.Neo4j;

/// <summary>
/// A real Neo4j holding the shipped seed-data: the server named by NEO4J_URL (NEO4J_USER, NEO4J_PASSWORD), else a
/// neo4j:5.26-community container where a Docker engine runs. Where neither exists, <see cref="SkipReason"/> says so.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    private const string Image = "neo4j:5.26-community";
    private const string ContainerPassword = "mechanism-graph-test";
    private IContainer? _container;
    private readonly HttpClient _http = new();

    public Neo4jGraphStore? Store { get; private set; }

    public Neo4jSeeder? Seeder { get; private set; }

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var options = await ServerOptionsAsync();
        if (options is null) return;
        Store = new Neo4jGraphStore(_http, options);
        Seeder = new Neo4jSeeder(_http, options);
        var graph = ShippedSeed.Graph;
        await Seeder.SeedAsync(graph);
    }

    private async Task<Neo4jConnectionOptions?> ServerOptionsAsync()
    {
        if (Environment.GetEnvironmentVariable("NEO4J_URL") is { Length: > 0 } url)
            return new Neo4jConnectionOptions
            {
                Url = new Uri(url),
                User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
                Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
                Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
            };
        if (!DockerEngineReachable())
        {
            SkipReason = "Neo4j integration tests need NEO4J_URL (a running Neo4j 5.26+) or a Docker engine; neither is available on this machine.";
            return null;
        }
        _container = new ContainerBuilder(Image)
            .WithEnvironment("NEO4J_AUTH", $"neo4j/{ContainerPassword}")
            .WithPortBinding(7474, true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474)))
            .Build();
        await _container.StartAsync();
        var options = new Neo4jConnectionOptions
        {
            Url = new Uri($"http://{_container.Hostname}:{_container.GetMappedPublicPort(7474)}"),
            User = "neo4j",
            Password = ContainerPassword,
        };
        // HTTP answering is not the same as the database accepting queries: wait for RETURN 1.
        var client = new Neo4jQueryClient(_http, options);
        for (var attempt = 0; attempt < 60 && !await client.PingAsync(); attempt++) await Task.Delay(1000);
        return options;
    }

    private static bool DockerEngineReachable() =>
        Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } || File.Exists("/var/run/docker.sock");

    public async ValueTask DisposeAsync()
    {
        if (_container is not null) await _container.DisposeAsync();
        _http.Dispose();
    }
}
