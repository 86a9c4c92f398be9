using System.Text;
using MechanismGraph.Storage.Neo4j.Http;

namespace MechanismGraph.Tests.Storage.Neo4j.Http;

public sealed class QueryRequestBodyTests
{
    private static string Body(string statement, Dictionary<string, object?>? parameters, Neo4jAccessMode mode = Neo4jAccessMode.Write) =>
        Encoding.UTF8.GetString(QueryRequestBody.Write(statement, parameters, mode));

    [Fact]
    public void Scalars_AreSentAsTypedJson_WithIntegersAndFloatsAsExactText()
    {
        var body = Body("RETURN $a", new()
        {
            ["text"] = "Kétamine",
            ["small"] = 42,
            ["big"] = 9007199254740993L,
            ["min"] = long.MinValue,
            ["ratio"] = 0.1,
            ["whole"] = 1.0,
            ["yes"] = true,
            ["nothing"] = null,
            ["bytes"] = new byte[] { 1, 2, 255 },
        });

        Assert.Equal(
            """{"statement":"RETURN $a","parameters":{"text":{"$type":"String","_value":"Kétamine"},"small":{"$type":"Integer","_value":"42"},"big":{"$type":"Integer","_value":"9007199254740993"},"min":{"$type":"Integer","_value":"-9223372036854775808"},"ratio":{"$type":"Float","_value":"0.1"},"whole":{"$type":"Float","_value":"1"},"yes":{"$type":"Boolean","_value":true},"nothing":{"$type":"Null","_value":null},"bytes":{"$type":"Base64","_value":"AQL/"}},"includeCounters":true}""",
            body);
    }

    [Fact]
    public void UnwindBatch_OfMaps_IsAListOfTypedMaps()
    {
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["id"] = "ketamine", ["aliases"] = new[] { "Ketalar" } },
            new() { ["id"] = "nmda-receptor", ["aliases"] = Array.Empty<string>() },
        };

        var body = Body("UNWIND $rows AS row MERGE (e:Entity {id: row.id})", new() { ["rows"] = rows });

        Assert.Equal(
            """{"statement":"UNWIND $rows AS row MERGE (e:Entity {id: row.id})","parameters":{"rows":{"$type":"List","_value":[{"$type":"Map","_value":{"id":{"$type":"String","_value":"ketamine"},"aliases":{"$type":"List","_value":[{"$type":"String","_value":"Ketalar"}]}}},{"$type":"Map","_value":{"id":{"$type":"String","_value":"nmda-receptor"},"aliases":{"$type":"List","_value":[]}}}]}},"includeCounters":true}""",
            body);
    }

    [Fact]
    public void ReadMode_AsksForARead_AndNoParametersSendsNoParametersObject()
    {
        Assert.Equal("""{"statement":"RETURN 1","includeCounters":true,"accessMode":"Read"}""", Body("RETURN 1", null, Neo4jAccessMode.Read));
    }

    [Fact]
    public void TemporalValues_AreSentWithTheirNeo4jType()
    {
        var body = Body("RETURN $d", new()
        {
            ["day"] = new DateOnly(2024, 2, 29),
            ["at"] = new DateTimeOffset(2024, 2, 29, 13, 5, 0, TimeSpan.FromHours(1)),
            ["zoned"] = new Neo4jTextValue("ZonedDateTime", "2015-11-21T21:40:32.142Z[Antarctica/Troll]"),
        });

        Assert.Contains("""day":{"$type":"Date","_value":"2024-02-29"}""", body);
        Assert.Contains("""at":{"$type":"OffsetDateTime","_value":"2024-02-29T13:05:00+01:00"}""", body);
        Assert.Contains("""zoned":{"$type":"ZonedDateTime","_value":"2015-11-21T21:40:32.142Z[Antarctica/Troll]"}""", body);
    }

    [Fact]
    public void UnsupportedValue_IsRejectedBeforeSending_NamingWhereItIs()
    {
        var rows = new List<object?> { new Dictionary<string, object?> { ["when"] = new Uri("http://x") } };

        var error = Assert.Throws<ArgumentException>(() => Body("RETURN $rows", new() { ["rows"] = rows }));

        Assert.Contains("'rows[0].when' is a Uri", error.Message);
    }

    [Fact]
    public void GraphValues_CannotBeParameters()
    {
        var node = new Neo4jNode("4:x:1", ["Entity"], new Dictionary<string, object?>());

        var error = Assert.Throws<ArgumentException>(() => Body("RETURN $n", new() { ["n"] = node }));

        Assert.Contains("pass its element id instead", error.Message);
    }
}
