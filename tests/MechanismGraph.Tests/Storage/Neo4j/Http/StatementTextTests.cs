using MechanismGraph.Storage.Neo4j.Http;

namespace MechanismGraph.Tests.Storage.Neo4j.Http;

public sealed class StatementTextTests
{
    [Fact]
    public void MultiLineStatement_BecomesOneLine_WithSingleSpaces()
    {
        const string statement = """
            MATCH (a:Entity {id: $id})
                  -[r:RELATES]->(b)
            RETURN b.id
            """;

        Assert.Equal("MATCH (a:Entity {id: $id}) -[r:RELATES]->(b) RETURN b.id", StatementText.Collapse(statement));
    }

    [Fact]
    public void Comments_AreDropped_SoALineCommentCannotSwallowTheRest()
    {
        const string statement = """
            // find the entity
            MATCH (e:Entity) /* any kind */
            RETURN e // all of it
            LIMIT 1
            """;

        Assert.Equal("MATCH (e:Entity) RETURN e LIMIT 1", StatementText.Collapse(statement));
    }

    [Fact]
    public void StringLiterals_KeepTheirSpacing_AndLineBreaksBecomeEscapes()
    {
        const string statement = "RETURN 'two  spaces // not a comment',\n  \"line\nbreak\", 'it\\'s'";

        Assert.Equal("RETURN 'two  spaces // not a comment', \"line\\nbreak\", 'it\\'s'", StatementText.Collapse(statement));
    }

    [Fact]
    public void BacktickIdentifiers_AreCopiedVerbatim()
    {
        Assert.Equal("MATCH (n:`My  Label` {`a``b`: 1}) RETURN n", StatementText.Collapse("MATCH (n:`My  Label`   {`a``b`: 1})\r\nRETURN n"));
    }
}
