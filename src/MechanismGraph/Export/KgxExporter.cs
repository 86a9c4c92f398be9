using System.Globalization;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Export;

/// <summary>
/// Biolink KGX TSV: <c>nodes.tsv</c> (one row per entity) and <c>edges.tsv</c> (one row per relation), with categories,
/// predicates and qualifiers from the vocabulary's Biolink mappings, and every evidence quote as supporting text.
/// Rows come in id order, cells are invariant text, lines end in <c>\n</c>: the same graph gives the same bytes.
/// </summary>
public sealed class KgxExporter(ReasoningServices reasoning, ExportSettings? settings = null)
{
    public const string NodesFile = "nodes.tsv";
    public const string EdgesFile = "edges.tsv";

    /// <summary>The node columns, in file order (KGX core columns first).</summary>
    public static IReadOnlyList<string> NodeColumns { get; } = ["id", "category", "name", "description", "xref", "synonym", "provided_by"];

    /// <summary>The edge columns: KGX core, Biolink qualifiers and provenance, then MechanismGraph's own (sign onwards).</summary>
    public static IReadOnlyList<string> EdgeColumns { get; } =
    [
        "id", "subject", "predicate", "object",
        "qualified_predicate", "object_aspect_qualifier", "object_direction_qualifier", "causal_mechanism_qualifier",
        "primary_knowledge_source", "knowledge_level", "agent_type", "publications", "supporting_text",
        "supporting_text_location", "sign", "evidence_count", "context_qualifiers", "indirect", "sentence",
        // Added later, so earlier columns keep their positions: the subject's side and context qualifiers, the curator's reason.
        "subject_aspect_qualifier", "subject_direction_qualifier", "subject_context_qualifier", "object_context_qualifier",
        "anatomical_context_qualifier", "inference_reason",
    ];

    private readonly ExportSettings _settings = settings ?? ExportSettings.Default;
    private Task<NodeIds>? _ids;

    public async Task WriteNodesAsync(TextWriter writer, CancellationToken cancellationToken = default)
    {
        var ids = await IdsAsync(cancellationToken);
        var categories = (await reasoning.Store.KindsAsync(cancellationToken)).ToDictionary(k => k.Id, k => k.BiolinkCategory, StringComparer.Ordinal);
        await writer.WriteAsync(Tsv.Row(NodeColumns));
        await foreach (var page in StorePaging.EntityPagesAsync(reasoning.Store, _settings.PageSize, cancellationToken))
            foreach (var entity in page)
            {
                var id = ids.Of(entity.Id);
                var project = NodeIds.ProjectCurie(entity.Id);
                // The project CURIE is always either the id or an xref, so every row can be joined back to GraphQL/JSONL ids.
                var xrefs = entity.Xrefs.Where(x => x != id).Concat(id == project ? [] : [project]);
                await writer.WriteAsync(Tsv.Row(
                [
                    id, categories.GetValueOrDefault(entity.Kind, "biolink:NamedThing"), entity.Name, entity.Description,
                    Tsv.List(xrefs), Tsv.List(entity.Aliases), ExportSettings.KnowledgeSource,
                ]));
            }
    }

    public async Task WriteEdgesAsync(TextWriter writer, CancellationToken cancellationToken = default)
    {
        var ids = await IdsAsync(cancellationToken);
        var urls = (await reasoning.Store.DocumentsAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Url, StringComparer.Ordinal);
        await writer.WriteAsync(Tsv.Row(EdgeColumns));
        await foreach (var page in StorePaging.RelationPagesAsync(reasoning.Store, _settings.PageSize, cancellationToken))
            foreach (var view in await reasoning.Views.ExpandAsync(page, cancellationToken))
                await writer.WriteAsync(Tsv.Row(EdgeCells(view, ids, urls)));
    }

    private static IEnumerable<string?> EdgeCells(RelationView view, NodeIds ids, IReadOnlyDictionary<string, string?> urls)
    {
        var biolink = view.Predicate.Biolink;
        var evidence = view.Evidence;
        var provenance = view.Provenance;
        return
        [
            // Imported relations keep the id and provenance their source gave them, so a re-import merges instead of duplicating.
            provenance is null ? NodeIds.ProjectCurie(view.Id) : view.Id,
            ids.Of(view.Relation.SubjectId), biolink.Predicate, ids.Of(view.Relation.ObjectId),
            biolink.QualifiedPredicate, view.Relation.ObjectAspect?.Biolink() ?? biolink.ObjectAspectQualifier,
            // A direction the document does not state is not exported, whatever the mapping says.
            view.Sign == Sign.Unknown ? null : biolink.ObjectDirectionQualifier,
            biolink.CausalMechanismQualifier,
            provenance?.PrimaryKnowledgeSource ?? ExportSettings.KnowledgeSource,
            Notation.SnakeCase(view.Knowledge.Level.ToString()),
            Notation.SnakeCase(view.Knowledge.Agent.ToString()),
            Tsv.List(evidence.Select(e => urls.GetValueOrDefault(e.DocumentId)).OfType<string>().Distinct().Concat(provenance?.Publications ?? [])),
            provenance?.SupportingText ?? Tsv.List(evidence.Select(e => e.Quote)),
            Tsv.List(evidence.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.DocumentId}:{e.Start}-{e.End}"))),
            view.Sign.ToWord(),
            evidence.Count.ToString(CultureInfo.InvariantCulture),
            Tsv.List(view.Relation.Qualifiers.Select(q => $"{q.Key}: {q.Value}")),
            view.Relation.Indirect ? "true" : "false",
            view.Sentence,
            view.Relation.SubjectAspect?.Biolink(),
            view.Relation.SubjectChange switch { Sign.Increases => "increased", Sign.Decreases => "decreased", _ => null },
            Tsv.List(view.Subject.ContextTerms.Select(c => ids.Of(c.EntityId))),
            Tsv.List(view.Object.ContextTerms.Select(c => ids.Of(c.EntityId))),
            Tsv.List(view.Relation.Context.Select(c => ids.Of(c.EntityId))),
            view.Knowledge.InferenceReason,
        ];
    }

    // Both tables (and both passes of the archive) use one id mapping, read once per exporter.
    private Task<NodeIds> IdsAsync(CancellationToken cancellationToken) => _ids ??= NodeIds.LoadAsync(reasoning.Store, _settings, cancellationToken);
}
