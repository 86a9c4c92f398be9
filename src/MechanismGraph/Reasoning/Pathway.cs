using MechanismGraph.Model;

namespace MechanismGraph.Reasoning;

/// <summary>A directed chain of relations from a cause to an effect, with its composed sign.</summary>
/// <param name="Entities">The entities passed through, cause first, effect last.</param>
/// <param name="Steps">The relations in order.</param>
/// <param name="Score">Mean evidence quotes per step, halved for each indirect (summary) step.</param>
public sealed record Pathway(IReadOnlyList<Entity> Entities, IReadOnlyList<RelationView> Steps, Sign NetEffect, double Score, string Summary)
{
    public int Length => Steps.Count;

    public int EvidenceCount => Steps.Sum(s => s.Evidence.Count);

    public int IndirectSteps => Steps.Count(s => s.Relation.Indirect);

    public static Pathway From(IReadOnlyList<RelationView> steps)
    {
        var net = SignMath.Compose(steps.Select(s => s.Sign));
        var indirect = steps.Count(s => s.Relation.Indirect);
        var score = Math.Round(steps.Sum(s => s.Evidence.Count) / (double)steps.Count * Math.Pow(0.5, indirect), 3);
        var entities = steps.Select(s => s.Subject).Append(steps[^1].Object).ToArray();
        return new Pathway(entities, steps, net, score, Sentences.Summary(steps, net));
    }

    /// <summary>
    /// The one ordering of pathways: fully mechanistic before those using an indirect summary relation,
    /// then fewer steps, then more evidence, then relation ids (so equal inputs give equal orders).
    /// </summary>
    public static IOrderedEnumerable<Pathway> Rank(IEnumerable<Pathway> pathways) =>
        pathways
            .OrderBy(p => p.IndirectSteps)
            .ThenBy(p => p.Length)
            .ThenByDescending(p => p.EvidenceCount)
            .ThenBy(p => string.Join("/", p.Steps.Select(s => s.Id)), StringComparer.Ordinal);
}
