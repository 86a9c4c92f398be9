using System.Text;
using System.Text.RegularExpressions;
using MechanismGraph.Reasoning;
using MechanismGraph.Reasoning.Diagrams;
using static MechanismGraph.Tests.Reasoning.Diagrams.DiagramSamples;

namespace MechanismGraph.Tests.Reasoning.Diagrams;

public sealed partial class DotWriterTests
{
    private static readonly MechanismGraph.Model.Entity Ketamine = Entity("ketamine", "ketamine", "Drug");
    private static readonly MechanismGraph.Model.Entity Nmda = Entity("nmda-receptor", "NMDA receptor", "Receptor");
    private static readonly MechanismGraph.Model.Entity Action = Entity("antidepressant-action", "antidepressant action", "Effect");

    [Fact]
    public void Pathway_IsALeftToRightDigraph_WithTeeHeadsForDecreasingSteps()
    {
        var pathway = Pathway.From([Step(Ketamine, Blocks, Nmda), Step(Nmda, Affects, Action)]);

        Assert.Equal("""
            digraph pathway {
              graph [rankdir=LR, fontname="Helvetica,Arial,sans-serif", tooltip="Ketamine blocks NMDA receptor, which affects antidepressant action; the net direction of ketamine's effect on antidepressant action is not stated."];
              node [fontname="Helvetica,Arial,sans-serif", fontsize=12, margin="0.15,0.08"];
              edge [fontname="Helvetica,Arial,sans-serif", fontsize=10, penwidth=1.5];
              e_ketamine [label="ketamine", shape=ellipse, style="filled", fillcolor="#ede7f6", color="#5e35b1", tooltip="Drug: ketamine"];
              e_nmda_receptor [label="NMDA receptor", shape=box, style="filled", fillcolor="#e3f2fd", color="#1565c0", tooltip="Receptor: nmda-receptor"];
              e_antidepressant_action [label="antidepressant action", shape=hexagon, style="filled", fillcolor="#fffde7", color="#f9a825", tooltip="Effect: antidepressant-action"];
              e_ketamine -> e_nmda_receptor [label="blocks", color="#c62828", fontcolor="#c62828", arrowhead=tee, tooltip="Ketamine blocks NMDA receptor."];
              e_nmda_receptor -> e_antidepressant_action [label="affects", color="#616161", fontcolor="#616161", arrowhead=normal, style=dashed, tooltip="NMDA receptor affects antidepressant action."];
            }

            """.ReplaceLineEndings("\n"), DotWriter.Pathway(pathway));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("say \"no\"")]
    [InlineData(@"C:\path\n is not a newline")]
    [InlineData("ends with a backslash \\")]
    [InlineData("γ-aminobutyric acid [GABA] {x} <y> #z; a=b")]
    public void QuotedStrings_ReadBackToTheOriginalText(string text) =>
        Assert.Equal(text, Unquote(DotWriter.Quote(text)));

    [Fact]
    public void LineBreaks_BecomeGraphvizNewlines_NotRawLineBreaks()
    {
        Assert.Equal("\"two\\nlines\"", DotWriter.Quote("two\nlines"));
        Assert.Equal("\"two\\nlines\"", DotWriter.Quote("two\r\nlines"));
    }

    [Fact]
    public void EveryStatement_IsANodeOrEdgeOverDeclaredIds()
    {
        var tricky = Entity("a\"b", "quote \" and \\ backslash", "Receptor");
        var text = DotWriter.Pathway(Pathway.From([Step(Ketamine, Activates, tricky), Step(tricky, Binds, Nmda)]));

        var body = text.Split('\n').Skip(4).TakeWhile(l => l != "}").ToArray();
        var nodes = body.Select(l => NodeStatement().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        var edges = body.Select(l => EdgeStatement().Match(l)).Where(m => m.Success).ToArray();
        Assert.Equal(body.Length, nodes.Count + edges.Length);
        Assert.Equal(["e_ketamine", "e_a_b", "e_nmda_receptor"], nodes);
        Assert.All(edges, e => Assert.True(nodes.Contains(e.Groups[1].Value) && nodes.Contains(e.Groups[2].Value)));
        Assert.Contains("label=\"quote \\\" and \\\\ backslash\"", text);
        Assert.Contains("arrowhead=open, style=dotted", text);
    }

    /// <summary>A minimal reader of one DOT double-quoted string: \" is a quote, \\ a backslash (what Graphviz's label escapes then show).</summary>
    private static string Unquote(string quoted)
    {
        Assert.StartsWith("\"", quoted);
        Assert.EndsWith("\"", quoted);
        var text = new StringBuilder();
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            if (quoted[i] == '"') Assert.Fail($"unescaped quote at {i} in {quoted}");
            if (quoted[i] == '\\' && i + 1 < quoted.Length - 1 && quoted[i + 1] is '"' or '\\') i++;
            text.Append(quoted[i]);
        }
        return text.ToString();
    }

    [GeneratedRegex("""^  (e_\w+) \[label="(?:[^"\\]|\\.)*", shape=""")]
    private static partial Regex NodeStatement();

    [GeneratedRegex("""^  (e_\w+) -> (e_\w+) \[label=""")]
    private static partial Regex EdgeStatement();
}
