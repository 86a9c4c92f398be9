using MechanismGraph.Model;

namespace MechanismGraph.Reasoning;

/// <summary>A directed chain of relations from a cause to an effect, with its composed sign.</summary>
/// <param name="Entities">The entities passed through, cause first, effect last.</param>
/// <param name="Steps">The relations in order.</param>
/// <param name="Score">Mean evidence quotes per step, halved for each indirect (summary) step.</param>
public sealed record Pathway(IReadOnlyList<Entity> Entities, IReadOnlyList<RelationView> Steps, Sign NetEffect, double Score, string Summary = "")
{
    private string _summary = Summary;

    /// <summary>The chain as one English sentence ending with its net effect; composed on first read when not given.</summary>
    public string Summary
    {
        get => _summary.Length > 0 ? _summary : _summary = Sentences.Summary(Steps, NetEffect);
        init => _summary = value;
    }

    public int Length => Steps.Count;

    public int EvidenceCount => Steps.Sum(s => s.Evidence.Count);

    public int IndirectSteps => Steps.Count(s => s.Relation.Indirect);

    /// <summary>Steps the curator inferred rather than read in a sentence (knowledge level entailment or prediction).</summary>
    public int InferredSteps => Steps.Count(s => s.Knowledge.IsInferred);

    /// <summary>
    /// True when every entity passed through is entered and left in compatible context: for each kind of context, the step
    /// in and the step out name the same entity or one of them names none.
    /// </summary>
    /// <summary>
    /// What ranks first, before length: fully mechanistic before those using an indirect summary relation; among equally
    /// mechanistic ones, fully stated chains before those with an inferred step; then chains whose net direction is
    /// known before those whose direction the document leaves open.
    /// </summary>
    public (int Indirect, int Inferred, bool DirectionOpen) Strength => (IndirectSteps, InferredSteps, NetEffect is Sign.Unknown or Sign.None);

    public bool ContextsAgree => Steps.Zip(Steps.Skip(1)).All(p => ContextTerm.Compatible(p.First.ObjectContext, p.Second.SubjectContext));

    public static Pathway From(IReadOnlyList<RelationView> steps)
    {
        var net = NetOf(steps);
        var indirect = steps.Count(s => s.Relation.Indirect);
        var score = Math.Round(steps.Sum(s => s.Evidence.Count) / (double)steps.Count * Math.Pow(0.5, indirect), 3);
        var entities = steps.Select(s => s.Subject).Append(steps[^1].Object).ToArray();
        return new Pathway(entities, steps, net, score);
    }

    /// <summary>
    /// The product of the steps' signs, except that a step the document states only for a given change in its subject
    /// ("too much glutamate") gives no direction when the chain does not bring that change about.
    /// </summary>
    public static Sign NetOf(IReadOnlyList<RelationView> steps)
    {
        var running = Sign.Increases;
        foreach (var step in steps) running = Then(running, step.Relation, step.Sign);
        return running;
    }

    /// <summary>One step of <see cref="NetOf"/>: the running sign followed by a relation of the given sign.</summary>
    internal static Sign Then(Sign running, Relation relation, Sign sign) =>
        (relation.SubjectChange is { } needed && running != needed && running != Sign.None ? Sign.Unknown : running).Then(sign);

    /// <summary>
    /// The one ordering of pathways: by <see cref="Strength"/>, then fewer steps, then more evidence, then relation ids
    /// (so equal inputs give equal orders).
    /// </summary>
    public static IOrderedEnumerable<Pathway> Rank(IEnumerable<Pathway> pathways) =>
        pathways
            .OrderBy(p => p.Strength)
            .ThenBy(p => p.Length)
            .ThenByDescending(p => p.EvidenceCount)
            .ThenBy(p => string.Join("/", p.Steps.Select(s => s.Id)), StringComparer.Ordinal);
}
