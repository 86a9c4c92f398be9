using MechanismGraph.Seed;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Seed;

/// <summary>One broken copy of the real seed-data per kind of problem: each must be reported, located and explained.</summary>
public sealed class BrokenSeedDataTests
{
    private const string Doc = SeedFixture.DocumentYaml;

    /// <summary>One broken copy per kind of problem: how to break it, where the problem must be located, and what it must say.</summary>
    private static readonly Dictionary<string, Break> Breaks = new()
    {
        ["malformed YAML"] = new(f => f.Replace("entities.yaml", "  - id: dopamine\n", "  - id: dopamine\n   name: [unclosed\n"),
            SeedProblemKind.MalformedYaml, "entities.yaml", ["malformed YAML"]),
        ["duplicate entity id"] = new(f => f.Replace("entities.yaml", "  - id: dopamine\n", "  - id: serotonin\n"),
            SeedProblemKind.DuplicateId, "entities.yaml", ["duplicate entity id 'serotonin'", "first defined at entities.yaml:"]),
        ["unknown entity"] = new(f => f.Replace(Doc, "object: ampa-receptor\n", "object: ampa-recepter\n"),
            SeedProblemKind.UnknownEntity, Doc, ["object 'ampa-recepter' is not a known entity id", "did you mean 'ampa-receptor'"]),
        ["unknown predicate"] = new(f => f.Replace(Doc, "predicate: excites\n", "predicate: excite\n"),
            SeedProblemKind.UnknownPredicate, Doc, ["unknown predicate 'excite'", "did you mean 'excites'"]),
        ["unknown kind"] = new(f => f.Replace("entities.yaml", "kind: Drug\n", "kind: Medicine\n"),
            SeedProblemKind.UnknownKind, "entities.yaml", ["entity 'ketamine' has unknown kind 'Medicine'"]),
        ["missing document file"] = new(f => f.Delete("documents/ketamine-glutamate.txt"),
            SeedProblemKind.MissingDocumentFile, Doc, ["text file 'ketamine-glutamate.txt' not found"]),
        ["misspelt quote"] = new(f => f.Replace(Doc, "This surge in glutamate then activates", "This surge in glutamate than activates"),
            SeedProblemKind.QuoteNotFound, Doc, ["relation 'glutamate-release-activates-ampa-receptor': quote not found",
                "closest passage: \"This surge in glutamate then activates other types of glutamate receptors, specifically AMPA receptors.\""]),
        ["relation without evidence"] = new(f => f.Write("documents/extra.yaml", """
                relations:
                  - id: dopamine-affects-serotonin
                    subject: dopamine
                    predicate: affects
                    object: serotonin
                """),
            SeedProblemKind.MissingEvidence, "documents/extra.yaml", ["relation 'dopamine-affects-serotonin' has no evidence"], Line: 2),
        ["alias shared by two entities"] = new(f => f.Replace("entities.yaml", "aliases: [5-hydroxytryptamine, 5-HT]", "aliases: [5-hydroxytryptamine, 5-HT, NMDAR]"),
            SeedProblemKind.SharedAlias, "entities.yaml", ["'NMDAR' names both entity", "entity 'nmda-receptor'", "entity 'serotonin'"]),
        ["CURIE without a colon"] = new(f => f.Replace("entities.yaml", "xrefs: [CHEBI:6121]", "xrefs: [CHEBI6121]"),
            SeedProblemKind.MalformedCurie, "entities.yaml", ["is not a CURIE"]),
        ["CURIE prefix in the wrong case"] = new(f => f.Replace("entities.yaml", "xrefs: [CHEBI:6121]", "xrefs: [chebi:6121]"),
            SeedProblemKind.MalformedCurie, "entities.yaml", ["should use the prefix 'CHEBI'"]),
        ["CURIE of the wrong shape"] = new(f => f.Replace("entities.yaml", "xrefs: [CHEBI:6121]", "xrefs: [GO:17146]"),
            SeedProblemKind.MalformedCurie, "entities.yaml", ["does not have the shape of a GO identifier"]),
        ["empty name"] = new(f => f.Replace("entities.yaml", "name: dopamine\n", "name: \"\"\n"),
            SeedProblemKind.EmptyName, "entities.yaml", ["'name' is empty"]),
        ["unknown field"] = new(f => f.Replace("entities.yaml", "    xrefs: [CHEBI:18243]", "    xref: [CHEBI:18243]"),
            SeedProblemKind.UnknownField, "entities.yaml", ["unknown field 'xref'"]),
        ["evidence citing an undeclared document"] = new(f => f.Replace(Doc,
                "      - document: ketamine-glutamate\n        quote: \"This surge", "      - document: ketamine-glutamat\n        quote: \"This surge"),
            SeedProblemKind.UnknownDocument, Doc, ["unknown document 'ketamine-glutamat'"]),
    };

    public static TheoryData<string> BreakNames => new(Breaks.Keys);

    [Theory]
    [MemberData(nameof(BreakNames))]
    public void EachKindOfProblem_IsReportedOnItsFileAndLine_AndExplained(string name)
    {
        var broken = Breaks[name];
        using var fixture = new SeedFixture();
        broken.Apply(fixture);

        var result = fixture.Load();

        Assert.Null(result.Graph); // all or nothing
        var problem = Assert.Single(result.Problems, p => p.Kind == broken.Kind);
        Assert.Equal(broken.File, problem.File);
        Assert.NotNull(problem.Line);
        if (broken.Line is { } line) Assert.Equal(line, problem.Line);
        Assert.StartsWith($"{broken.File}:{problem.Line}: ", problem.ToString());
        Assert.All(broken.Messages, m => Assert.Contains(m, problem.Message));
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce()
    {
        using var fixture = new SeedFixture()
            .Replace(Doc, "This surge in glutamate then activates", "This surge in glutamate than activates")
            .Replace(Doc, "object: ampa-receptor\n", "object: ampa-recepter\n")
            .Replace("entities.yaml", "kind: Drug\n", "kind: Medicine\n");

        var result = fixture.Load();

        Assert.Null(result.Graph);
        Assert.Equal(
            [SeedProblemKind.UnknownEntity, SeedProblemKind.UnknownKind, SeedProblemKind.QuoteNotFound],
            result.Problems.Select(p => p.Kind).Order());
    }

    [Fact]
    public void MissingFolder_IsAProblemNotAnException()
    {
        var result = SeedLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-seed-" + Guid.NewGuid()));
        Assert.Equal(SeedProblemKind.NoSeedFiles, Assert.Single(result.Problems).Kind);
    }

    /// <param name="Line">The exact line, where the test knows it.</param>
    private sealed record Break(Action<SeedFixture> Apply, SeedProblemKind Kind, string File, string[] Messages, int? Line = null);
}
