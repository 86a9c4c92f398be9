using MechanismGraph.Import;

namespace MechanismGraph.Composition;

/// <summary>One KGX graph to load on top of seed-data: its two tables, or one archive holding both.</summary>
public sealed class GraphImportOptions
{
    /// <summary>The KGX nodes table (nodes.tsv or nodes.tsv.gz). Required unless <see cref="Archive"/> is set.</summary>
    public string? Nodes { get; set; }

    /// <summary>The KGX edges table (edges.tsv or edges.tsv.gz). Required unless <see cref="Archive"/> is set.</summary>
    public string? Edges { get; set; }

    /// <summary>A .tar / .tar.gz / .tgz holding …nodes.tsv and …edges.tsv, instead of Nodes and Edges. Default: none.</summary>
    public string? Archive { get; set; }

    /// <summary>Skip bad rows instead of failing. Default: false.</summary>
    public bool SkipInvalid { get; set; }

    /// <summary>SSSOM mapping tables whose skos:exactMatch / owl:sameAs rows make two ids one entity. Default: none.</summary>
    public List<string> Mappings { get; set; } = [];

    /// <summary>Edge ends no nodes file lists: Create (biolink:NamedThing, with a warning, as KGX does) or Reject (bad rows). Default: Create.</summary>
    public MissingNodePolicy MissingNodes { get; set; } = MissingNodePolicy.Create;
}
