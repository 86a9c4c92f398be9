using System.Text.Json;
using MechanismGraph.Testing;

namespace MechanismGraph.Api.Tests;

public sealed class SchemaTests(SharedApi api) : IClassFixture<SharedApi>
{
    [Fact]
    public async Task SchemaFile_IsExactlyTheServedSdl()
    {
        using var client = api.Factory.CreateClient();
        var served = await client.GetStringAsync("/schema.graphql", TestContext.Current.CancellationToken);

        var path = RepositoryRoot.Combine("schema.graphql");
        // After an intended schema change: UPDATE_SCHEMA=1 ./test.sh rewrites the file, then review the diff.
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1") await File.WriteAllTextAsync(path, served, TestContext.Current.CancellationToken);
        var file = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(file.ReplaceLineEndings("\n"), served);
    }

    [Fact]
    public async Task SchemaNames_GivenByTheIssue_AreServed()
    {
        using var client = api.Factory.CreateClient();
        var sdl = await client.GetStringAsync("/schema.graphql", TestContext.Current.CancellationToken);
        foreach (var expected in new[]
        {
            "entity(", "entities(", "relations(", "pathways(", "explain(", "effects(", "causes(", "facts(", "documents:", "predicates:", "stats:",
            "type Entity", "type Relation", "type Qualifier", "type Evidence", "type Document", "type Pathway", "type Explanation",
            "type Influence", "type Fact", "type PredicateInfo", "type GraphStats", "type EntityConnection", "type RelationConnection",
            "type PageInfo", "enum Effect",
        })
            Assert.Contains(expected, sdl);
    }

    [Fact]
    public async Task EveryTypeFieldArgumentAndEnumValue_HasADescription()
    {
        var response = await api.Factory.QueryAsync("""
            { __schema { types { name kind description
                fields { name description args { name description } }
                enumValues { name description } } } }
            """);
        var missing = new List<string>();
        foreach (var type in response.AssertNoErrors().Data.GetProperty("__schema").GetProperty("types").EnumerateArray())
        {
            var name = type.GetProperty("name").GetString()!;
            if (name.StartsWith("__") || type.GetProperty("kind").GetString() == "SCALAR") continue;
            if (IsBlank(type, "description")) missing.Add(name);
            foreach (var field in Items(type, "fields"))
            {
                if (IsBlank(field, "description")) missing.Add($"{name}.{field.GetProperty("name")}");
                foreach (var arg in Items(field, "args"))
                    if (IsBlank(arg, "description")) missing.Add($"{name}.{field.GetProperty("name")}({arg.GetProperty("name")})");
            }
            foreach (var value in Items(type, "enumValues"))
                if (IsBlank(value, "description")) missing.Add($"{name}.{value.GetProperty("name")}");
        }
        Assert.Empty(missing);
    }

    private static bool IsBlank(JsonElement e, string property) =>
        e.GetProperty(property).ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetProperty(property).GetString());

    private static IEnumerable<JsonElement> Items(JsonElement e, string property) =>
        e.GetProperty(property).ValueKind == JsonValueKind.Array ? e.GetProperty(property).EnumerateArray() : [];
}
