using System.Globalization;
using System.Xml;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Export;

/// <summary>
/// GraphML for Cytoscape desktop and Gephi: a directed graph whose nodes (entities) carry name, kind, Biolink category
/// and CURIEs, and whose edges (relations) carry predicate, sign, evidence count and sentence as typed attributes.
/// </summary>
public sealed class GraphmlExporter(ReasoningServices reasoning, ExportSettings? settings = null)
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>The attribute keys: (id, for, attr.type). Each key id is also its attr.name.</summary>
    public static IReadOnlyList<(string Id, string For, string Type)> Keys { get; } =
    [
        // Gephi labels nodes from "label", Cytoscape from "name": both are written.
        ("label", "node", "string"), ("name", "node", "string"), ("kind", "node", "string"), ("category", "node", "string"),
        ("curie", "node", "string"), ("xrefs", "node", "string"), ("aliases", "node", "string"), ("description", "node", "string"),
        ("relation_id", "edge", "string"), ("predicate", "edge", "string"), ("biolink_predicate", "edge", "string"),
        ("sign", "edge", "string"), ("evidence_count", "edge", "int"), ("indirect", "edge", "boolean"),
        ("qualifiers", "edge", "string"), ("sentence", "edge", "string"),
    ];

    private static readonly XmlWriterSettings XmlSettings = new()
    {
        Async = true, Indent = true, IndentChars = "  ", NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace,
        // Written by hand below: XmlWriter would name the TextWriter's encoding (utf-16 for a StringWriter), not the file's.
        OmitXmlDeclaration = true,
    };

    private readonly ExportSettings _settings = settings ?? ExportSettings.Default;

    public async Task WriteAsync(TextWriter writer, CancellationToken cancellationToken = default)
    {
        var ids = await NodeIds.LoadAsync(reasoning.Store, _settings, cancellationToken);
        var categories = (await reasoning.Store.KindsAsync(cancellationToken)).ToDictionary(k => k.Id, k => k.BiolinkCategory, StringComparer.Ordinal);
        await writer.WriteAsync("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        await using (var xml = XmlWriter.Create(writer, XmlSettings))
        {
            await xml.WriteStartElementAsync(null, "graphml", Namespace);
            foreach (var (id, target, type) in Keys)
            {
                await xml.WriteStartElementAsync(null, "key", Namespace);
                await xml.WriteAttributeStringAsync(null, "id", null, id);
                await xml.WriteAttributeStringAsync(null, "for", null, target);
                await xml.WriteAttributeStringAsync(null, "attr.name", null, id);
                await xml.WriteAttributeStringAsync(null, "attr.type", null, type);
                await xml.WriteEndElementAsync();
            }
            await xml.WriteStartElementAsync(null, "graph", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, "mechanism-graph");
            await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");

            await foreach (var page in StorePaging.EntityPagesAsync(reasoning.Store, _settings.PageSize, cancellationToken))
                foreach (var entity in page)
                    await WriteNodeAsync(xml, entity, ids, categories.GetValueOrDefault(entity.Kind, "biolink:NamedThing"));
            await foreach (var page in StorePaging.RelationPagesAsync(reasoning.Store, _settings.PageSize, cancellationToken))
                foreach (var view in await reasoning.Views.ExpandAsync(page, cancellationToken))
                    await WriteEdgeAsync(xml, view);

            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
            await xml.FlushAsync();
        }
        await writer.WriteAsync("\n");
    }

    private static async Task WriteNodeAsync(XmlWriter xml, Entity entity, NodeIds ids, string category)
    {
        await xml.WriteStartElementAsync(null, "node", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, entity.Id);
        await DataAsync(xml, "label", entity.Name);
        await DataAsync(xml, "name", entity.Name);
        await DataAsync(xml, "kind", entity.Kind);
        await DataAsync(xml, "category", category);
        await DataAsync(xml, "curie", ids.Of(entity.Id));
        await DataAsync(xml, "xrefs", string.Join('|', entity.Xrefs));
        await DataAsync(xml, "aliases", string.Join('|', entity.Aliases));
        await DataAsync(xml, "description", entity.Description);
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteEdgeAsync(XmlWriter xml, RelationView view)
    {
        await xml.WriteStartElementAsync(null, "edge", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, view.Id);
        await xml.WriteAttributeStringAsync(null, "source", null, view.Relation.SubjectId);
        await xml.WriteAttributeStringAsync(null, "target", null, view.Relation.ObjectId);
        await DataAsync(xml, "relation_id", view.Id);
        await DataAsync(xml, "predicate", view.Predicate.Id);
        await DataAsync(xml, "biolink_predicate", view.Predicate.Biolink.Predicate);
        await DataAsync(xml, "sign", view.Sign.ToWord());
        await DataAsync(xml, "evidence_count", view.Evidence.Count.ToString(CultureInfo.InvariantCulture));
        await DataAsync(xml, "indirect", view.Relation.Indirect ? "true" : "false");
        await DataAsync(xml, "qualifiers", string.Join("; ", view.Relation.Qualifiers.Select(q => $"{q.Key}: {q.Value}")));
        await DataAsync(xml, "sentence", view.Sentence);
        await xml.WriteEndElementAsync();
    }

    // Empty values are left out, as GraphML readers treat a missing <data> as "no value".
    private static async Task DataAsync(XmlWriter xml, string key, string value)
    {
        if (value.Length == 0) return;
        await xml.WriteStartElementAsync(null, "data", Namespace);
        await xml.WriteAttributeStringAsync(null, "key", null, key);
        await xml.WriteStringAsync(XmlText.Clean(value));
        await xml.WriteEndElementAsync();
    }
}
