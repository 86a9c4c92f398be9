using System.Text.Encodings.Web;
using System.Text.Json;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Export;

/// <summary>
/// JSON Lines for retrieval-augmented chatbots: one fact (relation) per line, in relation-id order, with names, ids,
/// export CURIEs, sign, the English sentence and every evidence quote with its document id and character offsets.
/// </summary>
public sealed class JsonlExporter(ReasoningServices reasoning, ExportSettings? settings = null)
{
    // Quotes keep their typographic characters (’ “ ”) instead of \u escapes: the lines are read by people and models too.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    private readonly ExportSettings _settings = settings ?? ExportSettings.Default;

    public async Task WriteAsync(TextWriter writer, CancellationToken cancellationToken = default)
    {
        var ids = await NodeIds.LoadAsync(reasoning.Store, _settings, cancellationToken);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        await foreach (var page in StorePaging.RelationPagesAsync(reasoning.Store, _settings.PageSize, cancellationToken))
            foreach (var view in await reasoning.Views.ExpandAsync(page, cancellationToken))
            {
                buffer.ResetWrittenCount();
                using (var json = new Utf8JsonWriter(buffer, WriterOptions)) WriteFact(json, view, ids);
                await writer.WriteAsync(ExportText.Encoding.GetString(buffer.WrittenSpan) + "\n");
            }
    }

    private static void WriteFact(Utf8JsonWriter json, RelationView view, NodeIds ids)
    {
        json.WriteStartObject();
        json.WriteString("id", view.Id);
        json.WriteString("subject", view.Subject.Name);
        json.WriteString("predicate", view.Predicate.Id);
        json.WriteString("object", view.Object.Name);
        json.WriteString("subject_id", view.Subject.Id);
        json.WriteString("object_id", view.Object.Id);
        json.WriteString("subject_curie", ids.Of(view.Subject.Id));
        json.WriteString("object_curie", ids.Of(view.Object.Id));
        json.WriteString("subject_kind", view.Subject.Kind);
        json.WriteString("object_kind", view.Object.Kind);
        json.WriteString("biolink_predicate", view.Predicate.Biolink.Predicate);
        json.WriteString("sign", view.Sign.ToWord());
        json.WriteBoolean("indirect", view.Relation.Indirect);
        json.WriteString("knowledge_level", Notation.SnakeCase(view.Knowledge.Level.ToString()));
        json.WriteString("agent_type", Notation.SnakeCase(view.Knowledge.Agent.ToString()));
        if (view.Knowledge.InferenceReason is { } reason) json.WriteString("inference_reason", reason);
        if (view.Relation.SubjectAspect is { } subjectAspect) json.WriteString("subject_aspect", subjectAspect.ToNotation());
        if (view.Relation.ObjectAspect is { } objectAspect) json.WriteString("object_aspect", objectAspect.ToNotation());
        WriteContext(json, "subject_context", view.SubjectContext);
        WriteContext(json, "object_context", view.ObjectContext);
        json.WriteStartObject("qualifiers");
        foreach (var qualifier in view.Relation.Qualifiers) json.WriteString(qualifier.Key, qualifier.Value);
        json.WriteEndObject();
        json.WriteString("sentence", view.Sentence);
        if (view.Relation.Note is { } note) json.WriteString("note", note);
        json.WriteStartArray("evidence");
        foreach (var evidence in view.Evidence) WriteEvidence(json, evidence);
        json.WriteEndArray();
        if (view.Provenance is { } provenance)
        {
            json.WriteString("primary_knowledge_source", provenance.PrimaryKnowledgeSource);
            json.WriteStartArray("publications");
            foreach (var publication in provenance.Publications) json.WriteStringValue(publication);
            json.WriteEndArray();
            if (provenance.SupportingText is { } text) json.WriteString("supporting_text", text);
        }
        json.WriteEndObject();
    }

    // {"cell_type": "gabaergic-interneuron"}; left out when there is no context.
    private static void WriteContext(Utf8JsonWriter json, string name, IReadOnlyList<ContextTerm> terms)
    {
        if (terms.Count == 0) return;
        json.WriteStartObject(name);
        foreach (var term in terms) json.WriteString(Notation.SnakeCase(term.Kind.ToString()), term.EntityId);
        json.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter json, Evidence evidence)
    {
        json.WriteStartObject();
        json.WriteString("document", evidence.DocumentId);
        json.WriteString("quote", evidence.Quote);
        json.WriteNumber("start", evidence.Start);
        json.WriteNumber("end", evidence.End);
        json.WriteEndObject();
    }
}
