using System.Text;
using MechanismGraph.Model;

namespace MechanismGraph.Reasoning.Diagrams;

/// <summary>
/// Mermaid flowchart text (left to right) for pathways and explanations, renderable by any Mermaid host
/// (GitHub and GitLab Markdown, Obsidian, mermaid.live): arrows labelled with the predicate and coloured by sign,
/// node shape and colour by kind. Deterministic: the same input always gives the same text.
/// </summary>
public static class MermaidWriter
{
    public static string Pathway(Pathway pathway) =>
        Write(DiagramGraph.Of([pathway], []),
            $"Pathway from {pathway.Entities[0].Name} to {pathway.Entities[^1].Name}", pathway.Summary);

    /// <summary>All the explanation's pathways in one picture; each arrow's label ends with the citation mark the narrative uses for it.</summary>
    public static string Explanation(Explanation explanation)
    {
        string Label(RelationView step)
        {
            var cited = step.Evidence.Count == 0 ? -1 : IndexOf(explanation.Citations, step.Evidence[0]);
            return cited < 0 ? step.Predicate.Id : $"{step.Predicate.Id} [{cited + 1}]";
        }

        var alsoShow = explanation.Cause is null ? new[] { explanation.Effect } : [explanation.Cause, explanation.Effect];
        var title = explanation.Cause is null
            ? $"Explanation of {explanation.Effect.Name}"
            : $"Explanation of {explanation.Effect.Name} from {explanation.Cause.Name}";
        return Write(DiagramGraph.Of(explanation.Pathways, alsoShow, Label), title, explanation.Narrative);
    }

    private static int IndexOf(IReadOnlyList<Evidence> citations, Evidence evidence)
    {
        for (var i = 0; i < citations.Count; i++) if (citations[i] == evidence) return i;
        return -1;
    }

    private static string Write(DiagramGraph graph, string title, string description)
    {
        var text = new StringBuilder();
        text.Append("flowchart LR\n");
        text.Append("  accTitle: ").Append(OneLine(title)).Append('\n');
        text.Append("  accDescr: ").Append(OneLine(description)).Append('\n');
        foreach (var node in graph.Nodes)
        {
            var (open, close) = Shape(DiagramStyle.For(node.Entity.Kind).Shape);
            text.Append("  ").Append(node.Id).Append(open).Append('"').Append(Escape(node.Entity.Name)).Append('"').Append(close)
                .Append(":::").Append(KindClass(node.Entity.Kind)).Append('\n');
        }
        foreach (var edge in graph.Edges)
            text.Append("  ").Append(edge.From.Id).Append(' ').Append(Arrow(edge.Step.Sign))
                .Append("|\"").Append(Escape(edge.Label)).Append("\"| ").Append(edge.To.Id).Append('\n');
        foreach (var kind in graph.Nodes.Select(n => n.Entity.Kind).Distinct(StringComparer.Ordinal))
        {
            var style = DiagramStyle.For(kind);
            text.Append("  classDef ").Append(KindClass(kind)).Append(" fill:").Append(style.Fill).Append(",stroke:").Append(style.Stroke)
                .Append(",color:#212121\n");
        }
        foreach (var sign in new[] { Sign.Increases, Sign.Decreases, Sign.Unknown, Sign.None })
        {
            var indexes = graph.Edges.Select((e, i) => (e, i)).Where(x => x.e.Step.Sign == sign).Select(x => x.i).ToArray();
            if (indexes.Length == 0) continue;
            var colour = DiagramStyle.Colour(sign);
            var dash = sign is Sign.Unknown ? ",stroke-dasharray:6 4" : sign is Sign.None ? ",stroke-dasharray:2 3" : "";
            text.Append("  linkStyle ").Append(string.Join(',', indexes)).Append(" stroke:").Append(colour)
                .Append(",stroke-width:2px,color:").Append(colour).Append(dash).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Decreasing steps end in a cross (Mermaid has no inhibition bar); steps without a known direction are dotted.</summary>
    private static string Arrow(Sign sign) => sign switch
    {
        Sign.Increases => "-->",
        Sign.Decreases => "--x",
        _ => "-.->",
    };

    private static (string Open, string Close) Shape(NodeShape shape) => shape switch
    {
        NodeShape.Molecule => ("([", "])"),
        NodeShape.Process => ("(", ")"),
        NodeShape.Outcome => ("{{", "}}"),
        _ => ("[", "]"),
    };

    private static string KindClass(string kind) => NodeIds.Clean("kind_", kind);

    /// <summary>
    /// Text inside a quoted Mermaid label: quotes, '#' (Mermaid's entity-code marker), angle brackets, '&amp;', '|' and backticks
    /// (markdown strings) become Mermaid entity codes; line breaks become spaces; other unicode passes through.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
            escaped.Append(c switch
            {
                '"' => "#quot;",
                '#' => "#35;",
                '<' => "#lt;",
                '>' => "#gt;",
                '&' => "#amp;",
                '|' => "#124;",
                '`' => "#96;",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        return escaped.ToString();
    }

    /// <summary>Accessibility lines run to the end of the line: keep them on one.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
