using System.Globalization;
using MechanismGraph.Generate;

namespace MechanismGraph.Api.Tests.Browser;

/// <summary>
/// The API over the curated seed-data plus a generated Hetionet-shaped graph (3,000 entities, 12,000 relations) and a small
/// second import whose two entities only an association links, with a Chromium of its own.
/// </summary>
public sealed class BigGraphHost : BrowserHost
{
    /// <summary>The association-only pair of the second import: a compound and a disease.</summary>
    public const string LoneCompound = "PUBCHEM.COMPOUND:990001";
    public const string LoneCompoundName = "tetramethrin analogue";
    public const string RareDisease = "MONDO:0990001";
    public const string RareDiseaseName = "rare ataxia";
    public const string AssociationSource = "infores:ctd";
    public const string AssociationPublication = "PMID:12345678";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "mg-browser-big-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The generated entity with the most outgoing relations.</summary>
    public string Hub { get; private set; } = null!;

    protected override async Task<IReadOnlyDictionary<string, string?>?> SettingsAsync()
    {
        var generated = Path.Combine(_directory, "generated");
        await SyntheticGraphGenerator.WriteAsync(new SyntheticGraphOptions(Nodes: 3_000, Edges: 12_000, Seed: 17), generated);
        Hub = File.ReadLines(Path.Combine(generated, "edges.tsv")).Skip(1).Select(l => l.Split('\t')[1])
            .GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

        // The hub also acts on ketamine (CHEBI:6121, curated), so its neighbourhood holds curated relations too.
        var extra = Path.Combine(_directory, "extra");
        Directory.CreateDirectory(extra);
        await File.WriteAllTextAsync(Path.Combine(extra, "nodes.tsv"),
            "id\tcategory\tname\n" +
            $"{LoneCompound}\tbiolink:ChemicalEntity\t{LoneCompoundName}\n" +
            $"{RareDisease}\tbiolink:Disease\t{RareDiseaseName}\n");
        await File.WriteAllTextAsync(Path.Combine(extra, "edges.tsv"), string.Create(CultureInfo.InvariantCulture,
            $"id\tsubject\tpredicate\tobject\tqualified_predicate\tobject_aspect_qualifier\tobject_direction_qualifier\tprimary_knowledge_source\tpublications\n" +
            $"x1\t{LoneCompound}\tbiolink:associated_with\t{RareDisease}\t\t\t\t{AssociationSource}\t{AssociationPublication}\n" +
            $"x2\t{Hub}\tbiolink:affects\tCHEBI:6121\tbiolink:causes\tactivity_or_abundance\tincreased\t{AssociationSource}\tPMID:1\n"));
        return new Dictionary<string, string?>
        {
            ["Graph:Imports:0:Nodes"] = Path.Combine(generated, "nodes.tsv"),
            ["Graph:Imports:0:Edges"] = Path.Combine(generated, "edges.tsv"),
            ["Graph:Imports:1:Nodes"] = Path.Combine(extra, "nodes.tsv"),
            ["Graph:Imports:1:Edges"] = Path.Combine(extra, "edges.tsv"),
        };
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
