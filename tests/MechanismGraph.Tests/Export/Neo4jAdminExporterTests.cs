using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MechanismGraph.Export;
using MechanismGraph.Storage.Neo4j;
using MechanismGraph.Testing.Neo4jFake;

namespace MechanismGraph.Tests.Export;

/// <summary>
/// The neo4j-admin export read back as <c>neo4j-admin database import full</c> reads it (Operations Manual, "Import":
/// header columns <c>name:type</c>, <c>:ID(group)</c>, <c>:LABEL</c>, <c>:START_ID(group)</c>, <c>:END_ID(group)</c>,
/// <c>:TYPE</c>; arrays split on the array delimiter; quoted fields may span lines), compared with what the seeder writes
/// through the Query API into the fake database.
/// </summary>
public sealed partial class Neo4jAdminExporterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Headers_UseOnlyTheColumnFormsNeo4jsImportDocumentationSpecifies()
    {
        var headers = Neo4jAdminExporter.Files.ToDictionary(f => f.Name, f => Parse(Export(f, header: true)).Single().Select(c => c.Text).ToArray());

        Assert.All(headers.Values.SelectMany(h => h), column => Assert.Matches(DocumentedColumn(), column));
        Assert.Equal(["id:ID(Entity)", ":LABEL", "generation:long", "hash:string", "name:string", "kind:string", "aliases:string[]", "description:string", "xrefs:string[]", "refs:string[]",
            "contextGeneral:string", "contextKinds:string[]", "contextEntities:string[]"], headers["entities"]);
        Assert.Contains("contextEntities:string[]", headers["relates"]);
        Assert.Contains("knowledgeLevel:string", headers["relates"]);
        Assert.Equal([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"], headers["relates"][..3]);
        Assert.Contains("evidenceStarts:long[]", headers["relates"]);
        Assert.Contains("indirect:boolean", headers["relates"]);
        Assert.Equal([":ID(Generation)", ":LABEL", "number:long", "state:string", "fingerprint:string"], headers["generation"]);
        Assert.Equal(
            "neo4j-admin database import full --overwrite-destination=true --multiline-fields=true --array-delimiter=U+001F --nodes=kinds.header.csv,kinds.csv --nodes=predicates.header.csv,predicates.csv --nodes=documents.header.csv,documents.csv --nodes=entities.header.csv,entities.csv --relationships=relates.header.csv,relates.csv --nodes=generation.header.csv,generation.csv neo4j",
            Neo4jAdminExporter.ImportCommand());
    }

    [Fact]
    public async Task ParsedBack_IsTheGraphTheSeederWrites_IdsLabelsPropertiesArraysAndTheActiveGeneration()
    {
        await using var fake = await FakeQueryApi.StartAsync();
        var database = FakeGraphDatabase.AttachTo(fake);
        await new Neo4jSeeder(fake.Client()).SeedAsync(ExportHarness.Graph, cancellationToken: Ct);

        var nodes = new List<(string Label, string Id, IReadOnlyDictionary<string, object?> Properties)>();
        var relations = new List<(string Start, string End, IReadOnlyDictionary<string, object?> Properties)>();
        foreach (var file in Neo4jAdminExporter.Files)
        {
            var header = Parse(Export(file, header: true)).Single().Select(c => c.Text).ToArray();
            foreach (var row in Parse(Export(file, header: false)))
            {
                var (properties, label, id, start, end) = Read(header, row);
                if (label is null) relations.Add((start!, end!, properties));
                else nodes.Add((label, id ?? "", properties));
            }
        }

        var seeded = database.Nodes.Select(n => (n.Label, n.Id, Json(n.Properties))).Order().ToList();
        Assert.Equal(seeded, nodes.Where(n => n.Label != "Generation").Select(n => (n.Label, n.Id, Json(n.Properties))).Order().ToList());
        Assert.Equal(database.Relations.Select(r => (r.Subject, r.Object, Json(r.Properties))).Order(), relations.Select(r => (r.Start, r.End, Json(r.Properties))).Order());
        var generation = nodes.Single(n => n.Label == "Generation").Properties;
        Assert.Equal(database.GenerationDetails.Single(), ((long)generation["number"]!, (string)generation["state"]!, (string?)generation["fingerprint"]));
        Assert.Contains(nodes, n => n.Label == "Document" && ((string)n.Properties["text"]!).Contains('\n')); // a multi-line field survived
        Assert.Contains(relations, r => r.Properties.TryGetValue("evidenceStarts", out var s) && s is List<object?> { Count: > 1 });
    }

    [Fact]
    public async Task TheArchive_HoldsEveryHeaderAndDataFile()
    {
        var exporter = GraphExporters.Default.Get("neo4j-admin");
        using var stream = new MemoryStream();
        await exporter.WriteAsync(ExportHarness.Reasoning(), stream, Ct);
        stream.Position = 0;

        await using var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress);
        using var tar = new System.Formats.Tar.TarReader(gzip);
        var names = new List<string>();
        while (await tar.GetNextEntryAsync(cancellationToken: Ct) is { } entry) names.Add(entry.Name);

        Assert.Equal(Neo4jAdminExporter.Files.SelectMany(f => new[] { f.HeaderFile, f.DataFile }), names);
        Assert.Equal(names, exporter.Parts.Select(p => p.FileName));
    }

    private static string Export(Neo4jAdminFile file, bool header)
    {
        var exporter = new Neo4jAdminExporter(ExportHarness.Reasoning());
        return ExportHarness.Text(header ? (w, t) => exporter.WriteHeaderAsync(file, w, t) : (w, t) => exporter.WriteDataAsync(file, w, t));
    }

    /// <summary>One row as the importer builds it: typed properties (a named ID column is also the property), label, ID, ends.</summary>
    private static (Dictionary<string, object?> Properties, string? Label, string? Id, string? Start, string? End) Read(string[] header, IReadOnlyList<Cell> row)
    {
        Assert.Equal(header.Length, row.Count);
        var properties = new Dictionary<string, object?>();
        string? label = null, id = null, start = null, end = null;
        foreach (var (column, cell) in header.Zip(row))
        {
            var colon = column.IndexOf(':', StringComparison.Ordinal);
            var (name, type) = (column[..colon], column[(colon + 1)..]);
            if (type.StartsWith("ID", StringComparison.Ordinal)) id = cell.Text;
            else if (type == "LABEL") { label = cell.Text; continue; }
            else if (type.StartsWith("START_ID", StringComparison.Ordinal)) { start = cell.Text; continue; }
            else if (type.StartsWith("END_ID", StringComparison.Ordinal)) { end = cell.Text; continue; }
            else if (type == "TYPE") { Assert.Equal("RELATES", cell.Text); continue; }
            if (name.Length == 0 || (cell.Text.Length == 0 && !cell.Quoted)) continue; // unnamed ID, or an absent property
            properties[name] = type.StartsWith("ID", StringComparison.Ordinal) ? cell.Text : Typed(type, cell.Text);
        }
        return (properties, label, id, start, end);
    }

    private static object? Typed(string type, string text) => type switch
    {
        "string" => text,
        "long" => long.Parse(text, CultureInfo.InvariantCulture),
        "boolean" => bool.Parse(text),
        "string[]" => text.Split(Neo4jAdminExporter.ArrayDelimiter).Cast<object?>().ToList(),
        "long[]" => text.Split(Neo4jAdminExporter.ArrayDelimiter).Select(t => (object?)long.Parse(t, CultureInfo.InvariantCulture)).ToList(),
        _ => throw new InvalidDataException($"type {type}"),
    };

    private static string Json(IReadOnlyDictionary<string, object?> properties) =>
        JsonSerializer.Serialize(properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary());

    private sealed record Cell(string Text, bool Quoted);

    /// <summary>RFC 4180 as the importer reads it with --multiline-fields=true: "" inside quotes is a quote, quoted fields may span lines.</summary>
    private static List<List<Cell>> Parse(string csv)
    {
        var rows = new List<List<Cell>>();
        var row = new List<Cell>();
        var field = new StringBuilder();
        bool quoted = false, inQuotes = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (inQuotes)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else inQuotes = false;
            }
            else if (c == '"') { inQuotes = true; quoted = true; }
            else if (c is ',' or '\n')
            {
                row.Add(new Cell(field.ToString(), quoted));
                field.Clear();
                quoted = false;
                if (c == '\n') { rows.Add(row); row = []; }
            }
            else field.Append(c);
        }
        Assert.Empty(row);
        return rows;
    }

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9]*:(string|long|boolean)(\[\])?|[A-Za-z]*:ID\([A-Za-z]+\)|:LABEL|:START_ID\([A-Za-z]+\)|:END_ID\([A-Za-z]+\)|:TYPE)$")]
    private static partial Regex DocumentedColumn();
}
