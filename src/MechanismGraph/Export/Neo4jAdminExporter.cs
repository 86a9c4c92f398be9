using System.Globalization;
using System.Text;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage.Neo4j;

namespace MechanismGraph.Export;

/// <summary>
/// The header and data CSV files <c>neo4j-admin database import full</c> reads (Operations Manual, "Import": nodes with
/// <c>:ID</c> and <c>:LABEL</c>, relationships with <c>:START_ID</c>, <c>:END_ID</c> and <c>:TYPE</c>, typed properties,
/// arrays split on <see cref="ArrayDelimiter"/>), holding exactly what the seeder writes through the Query API: the same
/// labels, properties and content hashes, as generation 1, and the <c>Generation</c> node that makes it the active one.
/// Strings are always quoted (so <c>""</c> is an empty string and an empty field an absent property); documents span lines,
/// so the import needs <c>--multiline-fields=true</c>. Rows come in id order: the same graph gives the same bytes.
/// </summary>
public sealed class Neo4jAdminExporter(ReasoningServices reasoning, ExportSettings? settings = null)
{
    /// <summary>U+001F (unit separator) between array elements: no text of the graph contains it, unlike ';' or ','.</summary>
    public const char ArrayDelimiter = '\u001f';

    /// <summary>The generation the files hold; the seeder writes the next import as generation 2.</summary>
    public const long Generation = 1;

    private readonly ExportSettings _settings = settings ?? ExportSettings.Default;

    /// <summary>Every file, in the order of the import command's <c>--nodes</c> and <c>--relationships</c> options.</summary>
    public static IReadOnlyList<Neo4jAdminFile> Files { get; } =
    [
        Nodes("kinds", "Kind", "seed-kinds", "description", "biolink"),
        Nodes("predicates", "Predicate", "seed-predicates", "sign", "phrase", "inverse", "description", "biolinkPredicate",
            "biolinkQualifiedPredicate", "biolinkObjectAspect", "biolinkObjectDirection", "biolinkCausalMechanism", "causal"),
        Nodes("documents", "Document", "seed-documents", "title", "file", "citation", "url", "text"),
        Nodes("entities", "Entity", "seed-entities", "name", "kind", "aliases", "description", "xrefs", "refs",
            "contextGeneral", "contextKinds", "contextEntities"),
        new("relates", null, "seed-relations",
            [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id:string", "generation:long", "hash:string",
             .. Typed("subject", "object", "predicate", "indirect", "note", "qualifierKeys", "qualifierValues", "evidenceDocuments",
                 "evidenceQuotes", "evidenceStarts", "evidenceEnds", "evidenceCount", "primaryKnowledgeSource", "publications", "supportingText",
                 "knowledgeLevel", "agentType", "inferenceReason", "subjectAspect", "objectAspect", "subjectChange", "contextKinds", "contextEntities")]),
        new("generation", "Generation", null, [":ID(Generation)", ":LABEL", "number:long", "state:string", "fingerprint:string"]),
    ];

    /// <summary>The one command that loads the files into an empty database, run in the folder holding them.</summary>
    public static string ImportCommand(string database = "neo4j") =>
        "neo4j-admin database import full --overwrite-destination=true --multiline-fields=true --array-delimiter=U+001F "
        + string.Join(" ", Files.Select(f => $"--{(f.Label is null ? "relationships" : "nodes")}={f.HeaderFile},{f.DataFile}")) + " " + database;

    public Task WriteHeaderAsync(Neo4jAdminFile file, TextWriter writer, CancellationToken cancellationToken) =>
        writer.WriteAsync(string.Join(",", file.Header) + "\n");

    public async Task WriteDataAsync(Neo4jAdminFile file, TextWriter writer, CancellationToken cancellationToken)
    {
        if (file.Statement is null)
        {
            // The Generation node: the one the read statements look for, marked with the rows' fingerprint like a seeded one.
            var fingerprint = new Neo4jFingerprint();
            await foreach (var (statement, row) in Neo4jRows.AllAsync(reasoning.Store, _settings.PageSize, cancellationToken))
                fingerprint.Add(statement, row);
            await writer.WriteAsync(Line(["1", "Generation", "1", Quote(Neo4jGeneration.Active), Quote(fingerprint.Value)]));
            return;
        }
        var columns = file.Header.Skip(file.Label is null ? 6 : 4).Select(c => c[..c.IndexOf(':', StringComparison.Ordinal)]).ToArray();
        await foreach (var (_, row) in Neo4jRows.AllAsync(reasoning.Store, _settings.PageSize, cancellationToken, file.Statement))
        {
            var props = (Dictionary<string, object?>)row["props"]!;
            var unknown = props.Keys.Except(columns).FirstOrDefault();
            if (unknown is not null)
                throw new InvalidOperationException($"The neo4j-admin layout of {file.Name} has no column for property '{unknown}'; add it to Neo4jAdminExporter.Files.");
            var ids = file.Label is null
                ? new[] { Quote((string)row["subject"]!), Quote((string)row["object"]!), "RELATES", Quote((string)row["id"]!) }
                : [Quote((string)row["id"]!), file.Label];
            await writer.WriteAsync(Line([.. ids, Generation.ToString(CultureInfo.InvariantCulture), Quote((string)row["hash"]!),
                .. columns.Select(c => Cell(props.GetValueOrDefault(c)))]));
        }
    }

    private static Neo4jAdminFile Nodes(string name, string label, string statement, params string[] properties) =>
        new(name, label, statement, [$"id:ID({label})", ":LABEL", "generation:long", "hash:string", .. Typed(properties)]);

    /// <summary>Each property with the type its value has in <see cref="Neo4jRecords"/>, in the header's <c>name:type</c> form.</summary>
    private static IEnumerable<string> Typed(params string[] properties) => properties.Select(p => $"{p}:{p switch
    {
        "aliases" or "xrefs" or "refs" or "qualifierKeys" or "qualifierValues" or "evidenceDocuments" or "evidenceQuotes" or "publications"
            or "contextKinds" or "contextEntities" => "string[]",
        "evidenceStarts" or "evidenceEnds" => "long[]",
        "evidenceCount" => "long",
        "indirect" => "boolean",
        _ => "string",
    }}");

    private static string Line(IEnumerable<string> cells) => string.Join(",", cells) + "\n";

    /// <summary>An absent property is an empty field; an empty list is absent too (the store reads a missing list as empty).</summary>
    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        string[] { Length: 0 } or long[] { Length: 0 } => "",
        string[] strings => Quote(string.Join(ArrayDelimiter, strings.Select(CheckElement))),
        long[] longs => string.Join(ArrayDelimiter, longs.Select(l => l.ToString(CultureInfo.InvariantCulture))),
        _ => throw new InvalidOperationException($"The neo4j-admin export has no CSV form for {value.GetType().Name}."),
    };

    private static string CheckElement(string element) => element.Contains(ArrayDelimiter, StringComparison.Ordinal)
        ? throw new InvalidOperationException("A list element contains U+001F, the array delimiter of the neo4j-admin export.")
        : element;

    private static string Quote(string text) => new StringBuilder(text.Length + 2).Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
}
