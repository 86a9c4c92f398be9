using MechanismGraph.Graph;
using MechanismGraph.Seed;
using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Storage.Neo4j.Http;
using MechanismGraph.Testing;

namespace MechanismGraph.Tests.Storage.Neo4j;

/// <summary>The property representation round-trips: what the seeder writes is what the store reads back.</summary>
public sealed class Neo4jRecordsTests
{
    private static readonly KnowledgeGraph Seed = ShippedSeed.Graph;

    // What the Query API's typed JSON decoder yields for a stored property: lists as List<object?>, integers as long.
    private static Dictionary<string, object?> AsStored(string id, Dictionary<string, object?> props)
    {
        object? Decode(object? value) => value switch
        {
            string s => s,
            bool b => b,
            long l => l,
            null => null,
            System.Collections.IEnumerable list => list.Cast<object?>().Select(Decode).ToList(),
            _ => throw new InvalidOperationException($"unexpected property type {value.GetType()}"),
        };
        var stored = props.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => Decode(p.Value));
        stored["id"] = id;
        return stored;
    }

    [Fact]
    public void Relations_KeepQualifiersEvidenceAndOffsets()
    {
        foreach (var relation in Seed.Relations)
        {
            var stored = new Neo4jRelationship("5:x:1", "4:x:1", "4:x:2", "RELATES", AsStored(relation.Id, Neo4jRecords.Props(relation)));

            var read = Neo4jRecords.ToRelation(stored, relation.SubjectId, relation.ObjectId);

            Assert.Equal(relation.Qualifiers, read.Qualifiers);
            Assert.Equal(relation.Evidence, read.Evidence);
            Assert.Equal((relation.Id, relation.PredicateId, relation.Indirect, relation.Note), (read.Id, read.PredicateId, read.Indirect, read.Note));
            Assert.Equal((relation.Knowledge, relation.SubjectAspect, relation.ObjectAspect, relation.SubjectChange),
                (read.Knowledge, read.SubjectAspect, read.ObjectAspect, read.SubjectChange));
            Assert.Equal(relation.Context, read.Context);
        }
        Assert.Contains(Seed.Relations, r => r.Knowledge.IsInferred); // the shipped data exercises every new property
        Assert.Contains(Seed.Relations, r => r.SubjectChange is not null);
    }

    [Fact]
    public void Entities_Documents_Predicates_AndKinds_RoundTrip()
    {
        foreach (var e in Seed.Entities)
        {
            var read = Neo4jRecords.ToEntity(new Neo4jNode("4:x:1", ["Entity"], AsStored(e.Id, Neo4jRecords.Props(e))));
            Assert.Equal((e.Id, e.Name, e.Kind, e.Description), (read.Id, read.Name, read.Kind, read.Description));
            Assert.Equal(e.Aliases, read.Aliases);
            Assert.Equal(e.Xrefs, read.Xrefs);
            Assert.Equal(e.Context?.GeneralId, read.Context?.GeneralId);
            Assert.Equal(e.ContextTerms, read.ContextTerms);
        }
        Assert.Contains(Seed.Entities, e => e.Context is not null);
        foreach (var d in Seed.Documents)
            Assert.Equal(d, Neo4jRecords.ToDocument(new Neo4jNode("4:x:2", ["Document"], AsStored(d.Id, Neo4jRecords.Props(d)))));
        foreach (var p in Seed.Predicates)
            Assert.Equal(p, Neo4jRecords.ToPredicate(new Neo4jNode("4:x:3", ["Predicate"], AsStored(p.Id, Neo4jRecords.Props(p)))));
        foreach (var k in Seed.Kinds)
            Assert.Equal(k, Neo4jRecords.ToKind(new Neo4jNode("4:x:4", ["Kind"], AsStored(k.Id, Neo4jRecords.Props(k)))));
    }

    [Fact]
    public void EntityRefs_AreTheLowerCasedIdNameAliasesAndCuries()
    {
        var refs = (string[])Neo4jRecords.Props(Seed.Entity("nmda-receptor")!)["refs"]!;

        Assert.Contains("nmdar", refs);
        Assert.Contains("go:0017146", refs);
        Assert.Contains("n-methyl-d-aspartate receptor", refs);
        Assert.All(refs, r => Assert.Equal(r.ToLowerInvariant(), r));
    }

    [Fact]
    public void RowHash_ChangesWithContent_AndOnlyWithContent()
    {
        var relation = Seed.Relations[0];
        var same = Neo4jRecords.Row(relation.Id, Neo4jRecords.Props(relation))["hash"];
        var again = Neo4jRecords.Row(relation.Id, Neo4jRecords.Props(relation))["hash"];
        var changed = Neo4jRecords.Row(relation.Id, Neo4jRecords.Props(relation with { Note = "edited" }))["hash"];

        Assert.Equal(same, again);
        Assert.NotEqual(same, changed);
    }

    [Fact]
    public void StoredRecordOfTheWrongShape_IsAProtocolErrorNamingTheProperty()
    {
        var broken = new Neo4jNode("4:x:1", ["Entity"], new Dictionary<string, object?> { ["id"] = "x", ["name"] = 42L });

        var error = Assert.Throws<Neo4jProtocolException>(() => Neo4jRecords.ToEntity(broken));
        Assert.Contains("'name'", error.Message);
    }
}
