using MechanismGraph.Model;

namespace MechanismGraph.Seed;

/// <summary>
/// The seed rules for biological context and aspects: context names known entities; a context-specific entity has exactly
/// one <c>specialises</c> relation to its general entity; a relation's own context agrees with its ends'; aspects and
/// subject directions belong to causal relations only.
/// </summary>
internal static class ContextRules
{
    /// <summary>Checks every rule and returns each context-specific entity's <see cref="EntityContext"/> by id.</summary>
    public static Dictionary<string, EntityContext> Check(
        IReadOnlyList<RawEntity> rawEntities, IReadOnlyList<RawRelation> relations,
        Dictionary<string, RawEntity> entities, Dictionary<string, RawPredicate> predicates, List<SeedProblem> problems)
    {
        foreach (var entity in rawEntities)
            CheckTerms($"entity '{entity.Id}'", entity.Context, entity.At, entities, problems);

        var generals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in relations)
        {
            CheckTerms($"relation '{r.Id}'", r.Context, r.At, entities, problems);
            var causal = predicates.TryGetValue(r.Predicate, out var predicate) && predicate.Sign != Sign.None;
            if (predicate is not null && !causal && (r.SubjectAspect ?? r.ObjectAspect) is not null)
                SeedValidator.Add(problems, SeedProblemKind.InvalidValue, r.At, $"relation '{r.Id}': aspects belong to causal relations; '{r.Predicate}' changes nothing");
            if (predicate is not null && !causal && r.SubjectDirection is not null)
                SeedValidator.Add(problems, SeedProblemKind.InvalidValue, r.At, $"relation '{r.Id}': subject_direction belongs to causal relations; '{r.Predicate}' changes nothing");
            foreach (var end in new[] { r.Subject, r.Object })
                if (entities.TryGetValue(end, out var e) && !Compatible(e.Context, r.Context))
                    SeedValidator.Add(problems, SeedProblemKind.InvalidValue, r.At,
                        $"relation '{r.Id}': its context contradicts the context of '{end}'; use the entity for that context instead");

            if (r.Predicate != Predicate.SpecialisesId) continue;
            if (predicate is not null && causal)
                SeedValidator.Add(problems, SeedProblemKind.InvalidValue, r.At, $"relation '{r.Id}': '{Predicate.SpecialisesId}' must be a non-causal predicate (sign 0), so pathways do not follow it");
            if (entities.TryGetValue(r.Subject, out var specific) && specific.Context.Count == 0)
                SeedValidator.Add(problems, SeedProblemKind.InvalidValue, r.At,
                    $"relation '{r.Id}': '{r.Subject}' specialises '{r.Object}' but states no context; give it a context (e.g. cell type: …)");
            else if (!generals.TryAdd(r.Subject, r.Object))
                SeedValidator.Add(problems, SeedProblemKind.InvalidValue, r.At, $"relation '{r.Id}': '{r.Subject}' already specialises '{generals[r.Subject]}'; an entity has one general entity");
        }

        CheckMeetings(relations, predicates, problems);

        var contexts = new Dictionary<string, EntityContext>(StringComparer.Ordinal);
        foreach (var entity in rawEntities.Where(e => e.Context.Count > 0))
        {
            if (generals.TryGetValue(entity.Id, out var general))
                contexts[entity.Id] = new EntityContext(general, entity.Context.Select(c => new ContextTerm(c.Kind, c.EntityId)).ToArray());
            else
                SeedValidator.Add(problems, SeedProblemKind.InvalidValue, entity.At,
                    $"entity '{entity.Id}' has a context but no '{Predicate.SpecialisesId}' relation naming the general entity it is a form of");
        }
        return contexts;
    }

    /// <summary>
    /// Pathways chain any causal relation into an entity with any causal relation out of it, so the two must agree in
    /// context wherever they meet; this keeps path search a plain graph search in every store.
    /// </summary>
    private static void CheckMeetings(IReadOnlyList<RawRelation> relations, Dictionary<string, RawPredicate> predicates, List<SeedProblem> problems)
    {
        var withContext = relations
            .Where(r => r.Context.Count > 0 && predicates.TryGetValue(r.Predicate, out var p) && p.Sign != Sign.None).ToArray();
        var outgoing = withContext.ToLookup(r => r.Subject, StringComparer.Ordinal);
        foreach (var into in withContext)
            foreach (var next in outgoing[into.Object].Where(n => !Compatible(into.Context, n.Context)))
                SeedValidator.Add(problems, SeedProblemKind.InvalidValue, next.At,
                    $"relation '{into.Id}' and relation '{next.Id}' meet at '{into.Object}' in different contexts; pathways would chain them, so give one of them a context-specific entity");
    }

    private static void CheckTerms(string owner, IReadOnlyList<RawContext> terms, SourceLocation at, Dictionary<string, RawEntity> entities, List<SeedProblem> problems)
    {
        foreach (var term in terms)
            if (!entities.ContainsKey(term.EntityId))
                SeedValidator.Add(problems, SeedProblemKind.UnknownEntity, at with { Line = term.Line },
                    $"{owner}: context {ContextTerm.KeyOf(term.Kind)} '{term.EntityId}' is not a known entity id{SeedValidator.Suggest(term.EntityId, entities.Keys)}");
        foreach (var kind in terms.GroupBy(t => t.Kind).Where(g => g.Count() > 1))
            SeedValidator.Add(problems, SeedProblemKind.InvalidValue, at, $"{owner}: context names {ContextTerm.KeyOf(kind.Key)} more than once");
    }

    private static bool Compatible(IReadOnlyList<RawContext> first, IReadOnlyList<RawContext> second) =>
        ContextTerm.Compatible(first.Select(c => new ContextTerm(c.Kind, c.EntityId)).ToArray(), second.Select(c => new ContextTerm(c.Kind, c.EntityId)).ToArray());
}
