using MechanismGraph.Seed;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Seed;

/// <summary>One broken copy of the real seed-data per kind of problem: each must be reported, located and explained.</summary>
public sealed class BrokenSeedDataTests
{
    private const string Doc = SeedFixture.DocumentYaml;

    private static SeedProblem SingleProblem(SeedFixture fixture, SeedProblemKind kind, string file)
    {
        var result = fixture.Load();
        Assert.Null(result.Graph); // all or nothing
        var problem = Assert.Single(result.Problems, p => p.Kind == kind);
        Assert.Equal(file, problem.File);
        Assert.NotNull(problem.Line);
        Assert.StartsWith($"{file}:{problem.Line}: ", problem.ToString());
        return problem;
    }

    [Fact]
    public void MalformedYaml_IsReportedWithItsLine()
    {
        using var fixture = new SeedFixture().Replace("entities.yaml", "  - id: dopamine\n", "  - id: dopamine\n   name: [unclosed\n");
        var problem = SingleProblem(fixture, SeedProblemKind.MalformedYaml, "entities.yaml");
        Assert.Contains("malformed YAML", problem.Message);
    }

    [Fact]
    public void DuplicateEntityId_NamesTheFirstDefinition()
    {
        using var fixture = new SeedFixture().Replace("entities.yaml", "  - id: dopamine\n", "  - id: serotonin\n");
        var problem = SingleProblem(fixture, SeedProblemKind.DuplicateId, "entities.yaml");
        Assert.Contains("duplicate entity id 'serotonin'", problem.Message);
        Assert.Contains("first defined at entities.yaml:", problem.Message);
    }

    [Fact]
    public void UnknownEntityReference_SuggestsTheClosestId()
    {
        using var fixture = new SeedFixture().Replace(Doc, "object: ampa-receptor\n", "object: ampa-recepter\n");
        var problem = SingleProblem(fixture, SeedProblemKind.UnknownEntity, Doc);
        Assert.Contains("object 'ampa-recepter' is not a known entity id", problem.Message);
        Assert.Contains("did you mean 'ampa-receptor'", problem.Message);
    }

    [Fact]
    public void UnknownPredicate_IsNamed()
    {
        using var fixture = new SeedFixture().Replace(Doc, "predicate: excites\n", "predicate: excite\n");
        var problem = SingleProblem(fixture, SeedProblemKind.UnknownPredicate, Doc);
        Assert.Contains("unknown predicate 'excite'", problem.Message);
        Assert.Contains("did you mean 'excites'", problem.Message);
    }

    [Fact]
    public void UnknownKind_IsNamed()
    {
        using var fixture = new SeedFixture().Replace("entities.yaml", "kind: Drug\n", "kind: Medicine\n");
        var problem = SingleProblem(fixture, SeedProblemKind.UnknownKind, "entities.yaml");
        Assert.Contains("entity 'ketamine' has unknown kind 'Medicine'", problem.Message);
    }

    [Fact]
    public void MissingDocumentFile_IsNamed()
    {
        using var fixture = new SeedFixture().Delete("documents/ketamine-glutamate.txt");
        var problem = SingleProblem(fixture, SeedProblemKind.MissingDocumentFile, Doc);
        Assert.Contains("text file 'ketamine-glutamate.txt' not found", problem.Message);
    }

    [Fact]
    public void MisspeltQuote_ShowsTheClosestPassage()
    {
        using var fixture = new SeedFixture().Replace(Doc, "This surge in glutamate then activates", "This surge in glutamate than activates");
        var problem = SingleProblem(fixture, SeedProblemKind.QuoteNotFound, Doc);
        Assert.Contains("relation 'glutamate-release-activates-ampa-receptor': quote not found", problem.Message);
        Assert.Contains("closest passage: \"This surge in glutamate then activates other types of glutamate receptors, specifically AMPA receptors.\"", problem.Message);
    }

    [Fact]
    public void RelationWithoutEvidence_IsInvalid()
    {
        using var fixture = new SeedFixture().Write("documents/extra.yaml", """
            relations:
              - id: dopamine-affects-serotonin
                subject: dopamine
                predicate: affects
                object: serotonin
            """);
        var problem = SingleProblem(fixture, SeedProblemKind.MissingEvidence, "documents/extra.yaml");
        Assert.Contains("relation 'dopamine-affects-serotonin' has no evidence", problem.Message);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void AliasSharedByTwoEntities_NamesBoth()
    {
        using var fixture = new SeedFixture().Replace("entities.yaml", "aliases: [5-hydroxytryptamine, 5-HT]", "aliases: [5-hydroxytryptamine, 5-HT, NMDAR]");
        var problem = SingleProblem(fixture, SeedProblemKind.SharedAlias, "entities.yaml");
        Assert.Contains("'NMDAR' names both entity", problem.Message);
        Assert.Contains("entity 'nmda-receptor'", problem.Message);
        Assert.Contains("entity 'serotonin'", problem.Message);
    }

    [Theory]
    [InlineData("CHEBI6121", "is not a CURIE")]
    [InlineData("chebi:6121", "should use the prefix 'CHEBI'")]
    [InlineData("GO:17146", "does not have the shape of a GO identifier")]
    public void MalformedCurie_IsNamedOnItsLine(string curie, string why)
    {
        using var fixture = new SeedFixture().Replace("entities.yaml", "xrefs: [CHEBI:6121]", $"xrefs: [{curie}]");
        var problem = SingleProblem(fixture, SeedProblemKind.MalformedCurie, "entities.yaml");
        Assert.Contains(why, problem.Message);
    }

    [Fact]
    public void EmptyName_IsReported()
    {
        using var fixture = new SeedFixture().Replace("entities.yaml", "name: dopamine\n", "name: \"\"\n");
        var problem = SingleProblem(fixture, SeedProblemKind.EmptyName, "entities.yaml");
        Assert.Contains("'name' is empty", problem.Message);
    }

    [Fact]
    public void UnknownField_CatchesTypos()
    {
        using var fixture = new SeedFixture().Replace("entities.yaml", "    xrefs: [CHEBI:18243]", "    xref: [CHEBI:18243]");
        var problem = SingleProblem(fixture, SeedProblemKind.UnknownField, "entities.yaml");
        Assert.Contains("unknown field 'xref'", problem.Message);
    }

    [Fact]
    public void EvidenceCitingAnUndeclaredDocument_IsReported()
    {
        using var fixture = new SeedFixture().Replace(Doc, "      - document: ketamine-glutamate\n        quote: \"This surge", "      - document: ketamine-glutamat\n        quote: \"This surge");
        var problem = SingleProblem(fixture, SeedProblemKind.UnknownDocument, Doc);
        Assert.Contains("unknown document 'ketamine-glutamat'", problem.Message);
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
}
