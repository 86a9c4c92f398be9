using System.Text;
using MechanismGraph.Model;

namespace MechanismGraph.Reasoning.Diagrams;

/// <summary>
/// Graphviz DOT text (left to right) for a pathway: arrows labelled with the predicate, coloured by sign, with an
/// inhibition bar (tee) for decreasing steps and dashed lines for steps of unknown direction; node shape and colour by kind.
/// Deterministic: the same pathway always gives the same text.
/// </summary>
public static class DotWriter
{
    private const string Font = "Helvetica,Arial,sans-serif";

    public static string Pathway(Pathway pathway)
    {
        var graph = DiagramGraph.Of([pathway], []);
        var text = new StringBuilder();
        text.Append("digraph pathway {\n");
        text.Append("  graph [rankdir=LR, fontname=").Append(Quote(Font)).Append(", tooltip=").Append(Quote(pathway.Summary)).Append("];\n");
        text.Append("  node [fontname=").Append(Quote(Font)).Append(", fontsize=12, margin=\"0.15,0.08\"];\n");
        text.Append("  edge [fontname=").Append(Quote(Font)).Append(", fontsize=10, penwidth=1.5];\n");
        foreach (var node in graph.Nodes)
        {
            var style = DiagramStyle.For(node.Entity.Kind);
            var (shape, extra) = Shape(style.Shape);
            text.Append("  ").Append(node.Id).Append(" [label=").Append(Quote(node.Entity.Name))
                .Append(", shape=").Append(shape).Append(", style=").Append(Quote("filled" + extra))
                .Append(", fillcolor=").Append(Quote(style.Fill)).Append(", color=").Append(Quote(style.Stroke))
                .Append(", tooltip=").Append(Quote($"{node.Entity.Kind}: {node.Entity.Id}")).Append("];\n");
        }
        foreach (var edge in graph.Edges)
        {
            var colour = Quote(DiagramStyle.Colour(edge.Step.Sign));
            text.Append("  ").Append(edge.From.Id).Append(" -> ").Append(edge.To.Id).Append(" [label=").Append(Quote(edge.Label))
                .Append(", color=").Append(colour).Append(", fontcolor=").Append(colour).Append(Line(edge.Step.Sign))
                .Append(", tooltip=").Append(Quote(edge.Step.Sentence)).Append("];\n");
        }
        text.Append("}\n");
        return text.ToString();
    }

    private static string Line(Sign sign) => sign switch
    {
        Sign.Increases => ", arrowhead=normal",
        Sign.Decreases => ", arrowhead=tee",
        Sign.Unknown => ", arrowhead=normal, style=dashed",
        _ => ", arrowhead=open, style=dotted",
    };

    private static (string Shape, string Style) Shape(NodeShape shape) => shape switch
    {
        NodeShape.Molecule => ("ellipse", ""),
        NodeShape.Process => ("box", ",rounded"),
        NodeShape.Outcome => ("hexagon", ""),
        _ => ("box", ""),
    };

    /// <summary>
    /// A DOT double-quoted string. Backslashes are doubled so Graphviz's label escapes (\n, \l, \N…) cannot fire,
    /// quotes are escaped, line breaks become \n; unicode passes through (DOT files are UTF-8).
    /// </summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': quoted.Append(@"\\"); break;
                case '"': quoted.Append("\\\""); break;
                case '\r': if (i + 1 < text.Length && text[i + 1] == '\n') i++; quoted.Append(@"\n"); break;
                case '\n': quoted.Append(@"\n"); break;
                default: quoted.Append(c); break;
            }
        }
        return quoted.Append('"').ToString();
    }
}
