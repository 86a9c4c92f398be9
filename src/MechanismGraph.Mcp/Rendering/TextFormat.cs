using System.Text;
using MechanismGraph.Mcp.Results;

namespace MechanismGraph.Mcp.Rendering;

/// <summary>The readable text of the tools' items: the same shapes in every tool, each item ending with a blank line.</summary>
internal static class TextFormat
{
    public static string Evidence(EvidenceItem e) => $"“{e.Quote}” ({e.Document}, characters {e.Start}–{e.End})";

    /// <summary>"3. Ketamine blocks NMDA receptor. [ketamine-blocks-nmda-receptor]" and each quote under it.</summary>
    public static string Relation(int number, RelationItem relation)
    {
        var text = new StringBuilder($"{number}. {relation.Sentence} [{relation.RelationId}]\n");
        foreach (var evidence in relation.Evidence) text.Append("   ").Append(Evidence(evidence)).Append('\n');
        if (relation.Evidence.Count == 0) text.Append("   source: ").Append(relation.Source).Append('\n');
        return text.Append('\n').ToString();
    }

    public static string Entity(EntityInfo entity, bool exactMatch = false)
    {
        var text = new StringBuilder($"{entity.Name} (id: {entity.Id}, kind: {entity.Kind}){(exactMatch ? " — exact match" : "")}\n");
        if (entity.Aliases.Count > 0) text.Append("  aliases: ").AppendJoin(", ", entity.Aliases).Append('\n');
        if (entity.Xrefs.Count > 0) text.Append("  xrefs: ").AppendJoin(", ", entity.Xrefs).Append('\n');
        return text.Append("  ").Append(entity.Description).Append("\n\n").ToString();
    }

    /// <summary>
    /// A pathway: its summary sentence, then one line per step with the step's first quote, unless an earlier pathway of
    /// the same answer quoted it (pathways share their first steps; repeating the quotes would crowd the others out).
    /// </summary>
    public static string Pathway(PathwayItem pathway, ISet<string> quotedSteps)
    {
        var indirect = (pathway.IndirectSteps > 0 ? $", {pathway.IndirectSteps} indirect (summary) step(s)" : "")
            + (pathway.InferredSteps > 0 ? $", {pathway.InferredSteps} inferred step(s)" : "");
        var text = new StringBuilder($"Pathway {pathway.Rank}: {pathway.Length} step(s), net effect: {pathway.NetEffect}{indirect}\n{pathway.Summary}\n");
        for (var i = 0; i < pathway.Steps.Count; i++)
        {
            var step = pathway.Steps[i];
            var evidence = !quotedSteps.Add(step.RelationId) ? "(quoted above)"
                : step.Evidence.Count > 0 && !quotedSteps.Add(Evidence(step.Evidence[0])) ? "(the same quote as above)" // one sentence can back two steps
                : step.Evidence.Count > 0 ? Evidence(step.Evidence[0])
                : $"(source: {step.Source})"; // imported relations have provenance, not quotes
            var known = step.InferenceReason is null ? "" : $", inferred: {step.KnowledgeLevel}"; // the reason is in the summary
            text.Append($"  {i + 1}. {step.Subject.Name} —{step.Predicate} ({step.Sign}{known})→ {step.Object.Name}: {evidence}\n");
        }
        return text.Append('\n').ToString();
    }

    public static string Citation(NumberedCitation c) => $"[{c.Number}] “{c.Quote}” ({c.Document}, characters {c.Start}–{c.End})\n";

    /// <summary>How an argument is written in a hint: strings quoted, numbers bare.</summary>
    public static string Arguments(IReadOnlyDictionary<string, object> arguments) =>
        string.Join(", ", arguments.Select(a => a.Value is string s ? $"{a.Key}=\"{s}\"" : $"{a.Key}={a.Value}"));
}
