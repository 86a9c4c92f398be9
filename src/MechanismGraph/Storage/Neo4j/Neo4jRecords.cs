using System.Security.Cryptography;
using System.Text.Json;
using MechanismGraph.Model;
using MechanismGraph.Storage.Neo4j.Http;

namespace MechanismGraph.Storage.Neo4j;

/// <summary>
/// How domain records are stored as Neo4j properties and read back. Properties cannot hold maps, so a
/// relation's qualifiers and evidence are parallel lists (qualifierKeys[i] ↔ qualifierValues[i];
/// evidenceDocuments[i], evidenceQuotes[i], evidenceStarts[i], evidenceEnds[i]) — see seed-data/README.md.
/// </summary>
internal static class Neo4jRecords
{
    public static Dictionary<string, object?> Row(string id, Dictionary<string, object?> props, params (string Key, object? Value)[] extra)
    {
        // An empty list is stored as no property (read back as empty): neo4j-admin import cannot write an empty array,
        // so both ways of loading a graph give the same properties.
        foreach (var key in props.Where(p => p.Value is Array { Length: 0 }).Select(p => p.Key).ToList())
            props[key] = null;
        var row = new Dictionary<string, object?> { ["id"] = id, ["props"] = props, ["hash"] = Hash(props) };
        foreach (var (key, value) in extra) row[key] = value;
        return row;
    }

    public static Dictionary<string, object?> Props(Entity e)
    {
        var props = new Dictionary<string, object?>
        {
            ["name"] = e.Name,
            ["kind"] = e.Kind,
            ["aliases"] = e.Aliases.ToArray(),
            ["description"] = e.Description,
            ["xrefs"] = e.Xrefs.ToArray(),
            // Lower-cased id, name, aliases and CURIEs: case-insensitive lookup and search without toLower on every row.
            ["refs"] = e.References.Select(r => r.ToLowerInvariant()).Distinct().ToArray(),
        };
        // Only context-specific entities get context keys, so every other row keeps its content hash.
        if (e.Context is { } context)
        {
            props["contextGeneral"] = context.GeneralId;
            props["contextKinds"] = context.Terms.Select(t => Notation.SnakeCase(t.Kind.ToString())).ToArray();
            props["contextEntities"] = context.Terms.Select(t => t.EntityId).ToArray();
        }
        return props;
    }

    public static Dictionary<string, object?> Props(Document d) => new()
    {
        ["title"] = d.Title, ["file"] = d.File, ["citation"] = d.Citation, ["url"] = d.Url, ["text"] = d.Text,
    };

    public static Dictionary<string, object?> Props(Predicate p) => new()
    {
        ["sign"] = p.Sign.ToNotation(),
        ["phrase"] = p.Phrase,
        ["inverse"] = p.InversePhrase,
        ["description"] = p.Description,
        ["biolinkPredicate"] = p.Biolink.Predicate,
        ["biolinkQualifiedPredicate"] = p.Biolink.QualifiedPredicate,
        ["biolinkObjectAspect"] = p.Biolink.ObjectAspectQualifier,
        ["biolinkObjectDirection"] = p.Biolink.ObjectDirectionQualifier,
        ["biolinkCausalMechanism"] = p.Biolink.CausalMechanismQualifier,
        ["causal"] = p.Causal is { } causal ? (causal ? "true" : "false") : null,
    };

    public static Dictionary<string, object?> Props(EntityKind k) => new() { ["description"] = k.Description, ["biolink"] = k.BiolinkCategory };

    public static Dictionary<string, object?> Props(Relation r)
    {
        var props = CuratedProps(r);
        // Only imported relations get provenance keys, so curated rows keep their content hash (and a re-seed changes nothing).
        if (r.Provenance is { } provenance)
        {
            props["primaryKnowledgeSource"] = provenance.PrimaryKnowledgeSource;
            props["publications"] = provenance.Publications.ToArray();
            props["supportingText"] = provenance.SupportingText;
        }
        // Aspects, context and knowledge are written only where they differ from the defaults, as for provenance.
        if (r.Knowledge != (r.Provenance is null ? Knowledge.Stated : Knowledge.NotProvided))
        {
            props["knowledgeLevel"] = Notation.SnakeCase(r.Knowledge.Level.ToString());
            props["agentType"] = Notation.SnakeCase(r.Knowledge.Agent.ToString());
            props["inferenceReason"] = r.Knowledge.InferenceReason;
        }
        if (r.SubjectAspect is { } subjectAspect) props["subjectAspect"] = subjectAspect.ToNotation();
        if (r.ObjectAspect is { } objectAspect) props["objectAspect"] = objectAspect.ToNotation();
        if (r.SubjectChange is { } change) props["subjectChange"] = change.ToNotation();
        if (r.Context.Count > 0)
        {
            props["contextKinds"] = r.Context.Select(t => Notation.SnakeCase(t.Kind.ToString())).ToArray();
            props["contextEntities"] = r.Context.Select(t => t.EntityId).ToArray();
        }
        return props;
    }

    private static Dictionary<string, object?> CuratedProps(Relation r) => new()
    {
        ["subject"] = r.SubjectId,
        ["object"] = r.ObjectId,
        ["predicate"] = r.PredicateId,
        ["indirect"] = r.Indirect,
        ["note"] = r.Note,
        ["qualifierKeys"] = r.Qualifiers.Select(q => q.Key).ToArray(),
        ["qualifierValues"] = r.Qualifiers.Select(q => q.Value).ToArray(),
        ["evidenceDocuments"] = r.Evidence.Select(e => e.DocumentId).ToArray(),
        ["evidenceQuotes"] = r.Evidence.Select(e => e.Quote).ToArray(),
        ["evidenceStarts"] = r.Evidence.Select(e => (long)e.Start).ToArray(),
        ["evidenceEnds"] = r.Evidence.Select(e => (long)e.End).ToArray(),
        ["evidenceCount"] = (long)r.Evidence.Count,
    };

    public static Entity ToEntity(Neo4jNode node)
    {
        var p = new PropertyReader(node.Properties);
        var context = p.Optional("contextGeneral") is { } general ? new EntityContext(general, p.Context()) : null;
        return new Entity(p.String("id"), p.String("name"), p.String("kind"), p.Strings("aliases"), p.String("description"), p.Strings("xrefs"), context);
    }

    public static Document ToDocument(Neo4jNode node)
    {
        var p = new PropertyReader(node.Properties);
        return new Document(p.String("id"), p.String("title"), p.String("file"), p.Optional("citation"), p.Optional("url"), p.String("text"));
    }

    public static Predicate ToPredicate(Neo4jNode node)
    {
        var p = new PropertyReader(node.Properties);
        if (!SignMath.TryParse(p.String("sign"), out var sign))
            throw new Neo4jProtocolException($"Predicate '{p.String("id")}' in Neo4j has an invalid sign '{p.String("sign")}'.");
        return new Predicate(p.String("id"), sign, p.String("phrase"), p.String("inverse"), p.String("description"),
            new BiolinkMapping(p.String("biolinkPredicate"), p.Optional("biolinkQualifiedPredicate"), p.Optional("biolinkObjectAspect"),
                p.Optional("biolinkObjectDirection"), p.Optional("biolinkCausalMechanism")),
            p.Optional("causal") is { } causal ? causal == "true" : null);
    }

    public static EntityKind ToKind(Neo4jNode node)
    {
        var p = new PropertyReader(node.Properties);
        return new EntityKind(p.String("id"), p.String("description"), p.String("biolink"));
    }

    /// <summary>A relation from a <c>{relation, subject, object}</c> map or the equivalent row fields.</summary>
    public static Relation ToRelation(object? relation, string subject, string @object)
    {
        var r = relation as Neo4jRelationship ?? throw new Neo4jProtocolException("Expected a RELATES relationship in the result.");
        var p = new PropertyReader(r.Properties);
        var keys = p.Strings("qualifierKeys");
        var values = p.Strings("qualifierValues");
        var documents = p.Strings("evidenceDocuments");
        var quotes = p.Strings("evidenceQuotes");
        var starts = p.Longs("evidenceStarts");
        var ends = p.Longs("evidenceEnds");
        var read = new Relation(p.String("id"), subject, p.String("predicate"), @object,
            keys.Select((k, i) => new Qualifier(k, values[i])).ToArray(),
            documents.Select((d, i) => new Evidence(d, quotes[i], (int)starts[i], (int)ends[i])).ToArray(),
            p.Bool("indirect"), p.Optional("note"),
            p.Optional("primaryKnowledgeSource") is { } source ? new Provenance(source, p.Strings("publications"), p.Optional("supportingText")) : null)
        {
            SubjectAspect = p.Parsed<Aspect>("subjectAspect"),
            ObjectAspect = p.Parsed<Aspect>("objectAspect"),
            SubjectChange = p.Optional("subjectChange") is { } change && SignMath.TryParse(change, out var sign) ? sign : null,
            Context = p.Context(),
        };
        // Absent knowledge keys mean the default (stated for curated, not provided for imported relations).
        return p.Parsed<KnowledgeLevel>("knowledgeLevel") is { } level
            ? read with { Knowledge = new Knowledge(level, p.Parsed<AgentType>("agentType") ?? AgentType.NotProvided, p.Optional("inferenceReason")) }
            : read;
    }

    public static Relation ToRelation(IReadOnlyDictionary<string, object?> map) =>
        ToRelation(map["relation"], (string)map["subject"]!, (string)map["object"]!);

    private static string Hash(Dictionary<string, object?> props) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(props)))[..32];

    /// <summary>Typed reads of a property map; a missing or mistyped property is a protocol error naming it.</summary>
    private readonly struct PropertyReader(IReadOnlyDictionary<string, object?> values)
    {
        public string String(string key) => values.GetValueOrDefault(key) as string ?? throw Missing(key, "a string");
        public string? Optional(string key) => values.GetValueOrDefault(key) as string;
        public bool Bool(string key) => values.GetValueOrDefault(key) as bool? ?? false;
        public IReadOnlyList<string> Strings(string key) => List(key).Select(v => v as string ?? throw Missing(key, "a list of strings")).ToArray();
        public T? Parsed<T>(string key) where T : struct, Enum => Optional(key) is { } text && Notation.TryParse<T>(text, out var value) ? value : null;
        public IReadOnlyList<ContextTerm> Context()
        {
            var kinds = Strings("contextKinds");
            var ids = Strings("contextEntities");
            return kinds.Select((k, i) => Notation.TryParse<ContextKind>(k, out var kind) ? new ContextTerm(kind, ids[i]) : throw Missing("contextKinds", "a list of context kinds")).ToArray();
        }
        public IReadOnlyList<long> Longs(string key) => List(key).Select(v => v as long? ?? throw Missing(key, "a list of integers")).ToArray();
        private IEnumerable<object?> List(string key) => values.GetValueOrDefault(key) switch
        {
            null => [],
            IEnumerable<object?> list => list,
            _ => throw Missing(key, "a list"),
        };
        private static Neo4jProtocolException Missing(string key, string what) => new($"A stored record's property '{key}' is not {what}; was the graph seeded by this version?");
    }
}
