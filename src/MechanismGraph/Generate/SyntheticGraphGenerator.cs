using System.Globalization;
using System.Text;
using MechanismGraph.Export;

namespace MechanismGraph.Generate;

/// <summary>
/// Writes a synthetic KGX TSV graph (the kgx export's columns) shaped like real biomedical graphs: Chung–Lu edges whose
/// ends are drawn with Zipf weights (power-law degrees, separate hubs for out- and in-degree), seven Biolink categories and
/// seven predicate forms with mixed signs (+, −, unknown, a predicate outside the vocabulary, non-causal).
/// </summary>
public static class SyntheticGraphGenerator
{
    public const string Source = "infores:mechanismgraph-synthetic";

    private sealed record Category(string Curie, string Prefix, string Noun, double Share);

    private sealed record PredicateForm(string Predicate, string? Qualified, string? Aspect, string? Direction, string Sign, double Share);

    private static readonly Category[] Categories =
    [
        new("biolink:Gene", "g", "Gene", 0.40), new("biolink:ChemicalEntity", "c", "Compound", 0.15), new("biolink:Protein", "p", "Protein", 0.15),
        new("biolink:BiologicalProcess", "b", "Process", 0.12), new("biolink:DiseaseOrPhenotypicFeature", "d", "Disease", 0.08),
        new("biolink:Pathway", "w", "Pathway", 0.06), new("biolink:Cell", "l", "Cell type", 0.04),
    ];

    private static readonly PredicateForm[] Predicates =
    [
        new("biolink:affects", "biolink:causes", "activity_or_abundance", "increased", "increases", 0.30),
        new("biolink:affects", "biolink:causes", "activity_or_abundance", "decreased", "decreases", 0.25),
        new("biolink:affects", null, "activity_or_abundance", null, "unknown", 0.10),
        new("biolink:regulates", null, null, null, "unknown", 0.05),
        new("biolink:causes", null, null, null, "increases", 0.05),
        new("biolink:directly_physically_interacts_with", null, null, null, "none", 0.15),
        new("biolink:participates_in", null, null, null, "none", 0.10),
    ];

    public static async Task WriteAsync(SyntheticGraphOptions options, string directory, CancellationToken cancellationToken = default)
    {
        if (options.Nodes is < 2 or > SyntheticGraphOptions.MaxNodes) throw new ArgumentException($"Nodes must be between 2 and {SyntheticGraphOptions.MaxNodes:N0}.", nameof(options));
        if (options.Edges is < 0 or > SyntheticGraphOptions.MaxEdges) throw new ArgumentException($"Edges must be between 0 and {SyntheticGraphOptions.MaxEdges:N0}.", nameof(options));
        Directory.CreateDirectory(directory);
        var random = new Random(options.Seed);
        var categories = Enumerable.Range(0, options.Nodes).Select(_ => Pick(random, Categories, c => c.Share)).ToArray();
        var ids = categories.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"SYN:{c.Prefix}{i:D7}")).ToArray();
        await WriteNodesAsync(Path.Combine(directory, KgxExporter.NodesFile), ids, categories, cancellationToken);
        await WriteEdgesAsync(Path.Combine(directory, KgxExporter.EdgesFile), options, ids, random, cancellationToken);
    }

    private static async Task WriteNodesAsync(string path, string[] ids, Category[] categories, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        await writer.WriteAsync(string.Join('\t', KgxExporter.NodeColumns) + "\n");
        for (var i = 0; i < ids.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var c = categories[i];
            await writer.WriteAsync(string.Create(CultureInfo.InvariantCulture,
                $"{ids[i]}\t{c.Curie}\t{c.Noun} {i}\tSynthetic {c.Noun.ToLowerInvariant()} number {i}.\t\t\t{Source}\n"));
        }
    }

    private static async Task WriteEdgesAsync(string path, SyntheticGraphOptions options, string[] ids, Random random, CancellationToken cancellationToken)
    {
        // Different node orders for out- and in-weights: the biggest sources are not the biggest targets.
        var outRank = Shuffled(random, ids.Length);
        var inRank = Shuffled(random, ids.Length);
        var cumulative = ZipfCumulative(ids.Length, options.Skew);
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        await writer.WriteAsync(string.Join('\t', KgxExporter.EdgeColumns) + "\n");
        var line = new StringBuilder();
        // KGX (and the importer) read two edges with the same subject, predicate and object as one: draw each statement once.
        var drawn = new HashSet<long>();
        // The row below fills the first 19 columns; the later qualifier columns stay empty.
        var padding = new string('\t', KgxExporter.EdgeColumns.Count - 19);
        for (var e = 0; e < options.Edges; e++)
        {
            if ((e & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            int subject, @object;
            PredicateForm p;
            var attempts = 0;
            do
            {
                subject = outRank[Sample(random, cumulative)];
                do @object = inRank[Sample(random, cumulative)]; while (@object == subject);
                p = Pick(random, Predicates, f => f.Share);
            }
            while (!drawn.Add(((long)subject * ids.Length + @object) * Predicates.Length + Array.IndexOf(Predicates, p)) && ++attempts < 1000);
            line.Clear().Append(CultureInfo.InvariantCulture, $"SYN:e{e:D8}\t{ids[subject]}\t{p.Predicate}\t{ids[@object]}\t")
                .Append(CultureInfo.InvariantCulture, $"{p.Qualified}\t{p.Aspect}\t{p.Direction}\t\t{Source}\tnot_provided\tnot_provided\t\t\t\t{p.Sign}\t0\t\tfalse\t").Append(padding).Append('\n');
            await writer.WriteAsync(line);
        }
    }

    private static int[] Shuffled(Random random, int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        return order;
    }

    /// <summary>Cumulative weights (i+1)^-skew, normalised to 1: rank i is drawn with probability ∝ its weight.</summary>
    private static double[] ZipfCumulative(int count, double skew)
    {
        var cumulative = new double[count];
        var sum = 0.0;
        for (var i = 0; i < count; i++) cumulative[i] = sum += Math.Pow(i + 1, -skew);
        for (var i = 0; i < count; i++) cumulative[i] /= sum;
        return cumulative;
    }

    private static int Sample(Random random, double[] cumulative)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    private static T Pick<T>(Random random, T[] items, Func<T, double> share)
    {
        var r = random.NextDouble() * items.Sum(share);
        foreach (var item in items)
            if ((r -= share(item)) < 0) return item;
        return items[^1];
    }
}
