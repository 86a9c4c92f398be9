using MechanismGraph.Reasoning;

namespace MechanismGraph.Export;

/// <summary>Names, media types and file names of the <see cref="ExportFormat"/>s; one place for CLI and HTTP.</summary>
public static class ExportFormats
{
    /// <summary>Every format, in the order they are listed to users.</summary>
    public static IReadOnlyList<ExportFormat> All { get; } = [ExportFormat.Kgx, ExportFormat.Jsonl, ExportFormat.Graphml];

    /// <summary>The lower-case names users type: <c>kgx</c>, <c>jsonl</c>, <c>graphml</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(NameOf).ToArray();

    public static string NameOf(ExportFormat format) => format.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out ExportFormat format)
    {
        var index = Names.ToList().FindIndex(n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        format = index < 0 ? default : All[index];
        return index >= 0;
    }

    /// <summary>The format named <paramref name="name"/> (case-insensitive), or BAD_USER_INPUT listing the known ones.</summary>
    public static ExportFormat Parse(string? name) =>
        TryParse(name, out var format)
            ? format
            : throw new MechanismGraphException(ErrorCodes.BadUserInput, UnknownMessage(name),
                new Dictionary<string, object> { ["argument"] = "format", ["formats"] = Names.ToArray() });

    public static string UnknownMessage(string? name) =>
        $"Unknown export format '{name}'; known formats: {string.Join(", ", Names)}";

    /// <summary>The media type of the single-file form (KGX: the .tar.gz holding both tables).</summary>
    public static string MediaTypeOf(ExportFormat format) => format switch
    {
        ExportFormat.Kgx => "application/gzip",
        ExportFormat.Jsonl => "application/jsonl; charset=utf-8",
        _ => "application/graphml+xml; charset=utf-8",
    };

    /// <summary>The file name of the single-file form.</summary>
    public static string FileNameOf(ExportFormat format) => format switch
    {
        ExportFormat.Kgx => KgxArchive.FileName,
        ExportFormat.Jsonl => "mechanism-graph.jsonl",
        _ => "mechanism-graph.graphml",
    };
}
