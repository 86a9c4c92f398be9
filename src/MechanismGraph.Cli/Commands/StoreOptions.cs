using System.CommandLine;
using MechanismGraph.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MechanismGraph.Cli.Commands;

/// <summary>
/// The store options every command that reads or writes a graph shares (<c>--store</c>, <c>--neo4j</c> and its
/// credentials), layered over the API's own settings: <c>appsettings.json</c> in the current folder, then environment
/// variables (<c>Graph__Store</c>, <c>Neo4j__Url</c>, <c>Neo4j__Password</c>…), then these options.
/// </summary>
internal sealed class StoreOptions
{
    public StoreOptions()
    {
        Neo4jUrl.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https")))
                result.AddError($"--neo4j must be an http(s) URL such as http://localhost:7474, not '{text}'.");
        });
        Store.AcceptOnlyFromAmong(Enum.GetNames<GraphStoreKind>().Select(n => n.ToLowerInvariant()).ToArray());
    }

    public Option<string?> Store { get; } = new("--store")
    {
        Description = "The store: embedded (seed-data in memory) or neo4j (default: neo4j when --neo4j is given, else Graph:Store, else embedded).",
        HelpName = "embedded|neo4j",
    };

    public Option<string?> Neo4jUrl { get; } = new("--neo4j") { Description = "Neo4j's HTTP endpoint, e.g. http://localhost:7474 (Neo4j:Url).", HelpName = "url" };
    public Option<string?> Database { get; } = new("--database") { Description = "The Neo4j database (Neo4j:Database, default neo4j)." };
    public Option<string?> User { get; } = new("--user") { Description = "Neo4j user (Neo4j:User, else $NEO4J_USER, else neo4j)." };
    public Option<string?> Password { get; } = new("--password") { Description = "Neo4j password (Neo4j:Password or $NEO4J_PASSWORD; prefer those to keep it out of shell history)." };
    public Option<string?> BearerToken { get; } = new("--bearer-token") { Description = "A Neo4j SSO token, used instead of user and password (Neo4j:BearerToken)." };

    public IEnumerable<Option> All => [Store, Neo4jUrl, Database, User, Password, BearerToken];

    /// <summary>A command with these arguments and options followed by the store options.</summary>
    public Command Command(string name, string description, params Symbol[] symbols)
    {
        var command = new Command(name, description);
        foreach (var symbol in symbols.Concat(All))
        {
            if (symbol is Argument argument) command.Arguments.Add(argument);
            else command.Options.Add((Option)symbol);
        }
        return command;
    }

    /// <summary>The settings for this run; <paramref name="extra"/> adds command-specific ones (e.g. an import).</summary>
    public IConfiguration Configuration(ParseResult parse, string? seedData, IEnumerable<KeyValuePair<string, string?>>? extra = null)
    {
        var defaults = new Dictionary<string, string?>
        {
            ["Neo4j:User"] = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            ["Neo4j:Password"] = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
        };
        var given = new Dictionary<string, string?>();
        void Set(string key, string? value) { if (value is not null) given[key] = value; }
        Set("Graph:SeedData", seedData);
        Set("Graph:Store", parse.GetValue(Store) ?? (parse.GetValue(Neo4jUrl) is null ? null : nameof(GraphStoreKind.Neo4j)));
        Set("Neo4j:Url", parse.GetValue(Neo4jUrl));
        Set("Neo4j:Database", parse.GetValue(Database));
        Set("Neo4j:User", parse.GetValue(User));
        Set("Neo4j:Password", parse.GetValue(Password));
        Set("Neo4j:BearerToken", parse.GetValue(BearerToken));
        return new ConfigurationBuilder()
            .AddInMemoryCollection(defaults)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(given)
            .AddInMemoryCollection(extra ?? [])
            .Build();
    }

    /// <summary>The composed services for this run: the same composition the API uses.</summary>
    public ServiceProvider Compose(ParseResult parse, string? seedData, IEnumerable<KeyValuePair<string, string?>>? extra = null) =>
        new ServiceCollection().AddMechanismGraphStore(Configuration(parse, seedData, extra), Directory.GetCurrentDirectory()).BuildServiceProvider();
}
