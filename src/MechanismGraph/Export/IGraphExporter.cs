using MechanismGraph.Reasoning;

namespace MechanismGraph.Export;

/// <summary>
/// One export format, as the HTTP endpoints, the CLI and response compression all read it from
/// <see cref="GraphExporters"/>: adding a format is one class implementing this and one line in the registry.
/// </summary>
public interface IGraphExporter
{
    /// <summary>The lower-case name users type (<c>--format</c>, <c>/export/{id}</c>), e.g. <c>jsonl</c>.</summary>
    string Id { get; }

    /// <summary>One line for help texts and the <c>/export</c> listing.</summary>
    string Description { get; }

    /// <summary>The media type of the single-file form, with its charset when it is text.</summary>
    string MediaType { get; }

    /// <summary>The file name of the single-file form, e.g. <c>mechanism-graph.jsonl</c>.</summary>
    string FileName { get; }

    /// <summary>How a path naming the single-file form ends, e.g. <c>.jsonl</c> or <c>.tar.gz</c>.</summary>
    string FileExtension { get; }

    /// <summary>True when the single-file form is worth compressing on the wire (text); false when it is compressed already.</summary>
    bool Compressible { get; }

    /// <summary>Files the format also serves one at a time (KGX's two tables); empty for a single-file format.</summary>
    IReadOnlyList<ExportPart> Parts { get; }

    /// <summary>Writes the whole graph in the single-file form.</summary>
    Task WriteAsync(ReasoningServices reasoning, Stream stream, CancellationToken cancellationToken);
}
