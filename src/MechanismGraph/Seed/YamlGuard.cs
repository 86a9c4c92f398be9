using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MechanismGraph.Seed;

/// <summary>
/// Reads a YAML text's events once, without building nodes, before YamlDotNet's representation model does: nesting
/// deeper than <see cref="MaxDepth"/> would overflow the stack of its recursive construction, and aliases whose
/// expansion exceeds <see cref="MaxExpandedNodes"/> (the "billion laughs") would make every walk of the tree, and
/// mapping-key comparison, exponential. An alias to an anchor not yet defined is reported at the alias's line.
/// </summary>
internal static class YamlGuard
{
    /// <summary>Deepest nesting of sequences and mappings accepted (100).</summary>
    public const int MaxDepth = 100;

    /// <summary>Most nodes one document may stand for once its aliases are expanded (1,000,000).</summary>
    public const long MaxExpandedNodes = 1_000_000;

    /// <summary>The 1-based line and message of the first problem; null when the text is safe to load.</summary>
    public static (int Line, string Message)? Check(string text)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(long Nodes, string? Anchor)>();
        long documentNodes = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                var line = (int)current.Start.Line;
                switch (current)
                {
                    case DocumentStart:
                        anchors.Clear();
                        documentNodes = 0;
                        break;
                    case SequenceStart or MappingStart:
                        if (open.Count >= MaxDepth) return (line, $"nesting too deep (more than {MaxDepth} levels of sequences and mappings)");
                        open.Push((0, AnchorOf(current)));
                        break;
                    case SequenceEnd or MappingEnd:
                        var (nodes, anchor) = open.Pop();
                        if (Add(open, ref documentNodes, nodes + 1, anchor, anchors) is { } tooLarge) return (line, tooLarge);
                        break;
                    case Scalar scalar:
                        if (Add(open, ref documentNodes, 1, AnchorOf(scalar), anchors) is { } tooMany) return (line, tooMany);
                        break;
                    case AnchorAlias alias:
                        if (!anchors.TryGetValue(alias.Value.Value, out var size))
                            return (line, $"alias *{alias.Value.Value} refers to no anchor defined before it");
                        if (Add(open, ref documentNodes, size, null, anchors) is { } expanded) return (line, expanded);
                        break;
                }
            }
        }
        catch (YamlException)
        {
            return null; // malformed YAML: the loader reports it with its own message and line
        }
        return null;
    }

    private static string? AnchorOf(ParsingEvent e) => e is NodeEvent { Anchor.IsEmpty: false } node ? node.Anchor.Value : null;

    private static string? Add(Stack<(long Nodes, string? Anchor)> open, ref long documentNodes, long nodes, string? anchor, Dictionary<string, long> anchors)
    {
        if (anchor is not null) anchors[anchor] = nodes;
        long total;
        if (open.Count == 0) total = documentNodes += nodes;
        else
        {
            var (parent, parentAnchor) = open.Pop();
            total = parent + nodes;
            open.Push((total, parentAnchor));
        }
        return total > MaxExpandedNodes ? $"aliases expand to more than {MaxExpandedNodes:N0} nodes (an alias bomb?)" : null;
    }
}
