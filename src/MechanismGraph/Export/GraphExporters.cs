using MechanismGraph.Export.Formats;
using MechanismGraph.Reasoning;

namespace MechanismGraph.Export;

/// <summary>The registry of export formats: the one list every adapter reads, in the order users see it.</summary>
public sealed class GraphExporters
{
    /// <summary>Every format the product ships. A new format is registered here, once.</summary>
    public static GraphExporters Default { get; } = new([new KgxExport(), new JsonlExport(), new GraphmlExport()]);

    public GraphExporters(IReadOnlyList<IGraphExporter> all)
    {
        var duplicate = all.GroupBy(e => e.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Two export formats are named '{duplicate.Key}'.", nameof(all));
        All = all;
    }

    public IReadOnlyList<IGraphExporter> All { get; }

    /// <summary>The names users type: <c>kgx</c>, <c>jsonl</c>, <c>graphml</c>.</summary>
    public IReadOnlyList<string> Names => All.Select(e => e.Id).ToArray();

    /// <summary>The format named <paramref name="name"/> (case and surrounding spaces ignored), or null.</summary>
    public IGraphExporter? Find(string? name) =>
        All.FirstOrDefault(e => string.Equals(e.Id, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The format named <paramref name="name"/>, or BAD_USER_INPUT listing the known ones.</summary>
    public IGraphExporter Get(string? name) =>
        Find(name) ?? throw new MechanismGraphException(ErrorCodes.BadUserInput, UnknownMessage(name),
            new Dictionary<string, object> { ["argument"] = "format", ["formats"] = Names.ToArray() });

    public string UnknownMessage(string? name) => $"Unknown export format '{name}'; known formats: {string.Join(", ", Names)}";
}
