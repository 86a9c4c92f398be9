namespace MechanismGraph.Reasoning;

/// <summary>
/// The one place arguments naming the vocabulary are checked (kinds, predicates), for every adapter: an unknown name is a
/// BAD_USER_INPUT error listing the known ones, never an empty answer. Numeric bounds live in <see cref="QueryLimits"/>.
/// </summary>
public sealed class ArgumentRules(StoreCatalog catalog)
{
    /// <summary>The kind's id as the store spells it (the match ignores case), or BAD_USER_INPUT.</summary>
    public async Task<string> KindAsync(string kind, string argument, CancellationToken cancellationToken = default)
    {
        var kinds = (await catalog.KindsAsync(cancellationToken)).Select(k => k.Id).ToArray();
        return kinds.FirstOrDefault(k => string.Equals(k, kind.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new MechanismGraphException(ErrorCodes.BadUserInput, $"Unknown kind '{kind}'; known kinds: {string.Join(", ", kinds)}",
                new Dictionary<string, object> { ["argument"] = argument, ["suggestions"] = kinds });
    }

    /// <summary>The predicate id when the vocabulary holds it, else BAD_USER_INPUT.</summary>
    public async Task<string> PredicateAsync(string predicate, string argument, CancellationToken cancellationToken = default) =>
        (await PredicatesAsync([predicate], argument, cancellationToken)).Single();

    /// <summary>The predicate ids to follow: every causal one when none are named, else the named ones (which must exist).</summary>
    public async Task<IReadOnlyCollection<string>> PredicatesAsync(IReadOnlyList<string>? named, string argument, CancellationToken cancellationToken = default)
    {
        if (named is null) return await catalog.CausalPredicatesAsync(cancellationToken);
        var known = await catalog.PredicatesAsync(cancellationToken);
        foreach (var id in named)
            if (!known.ContainsKey(id))
                throw MechanismGraphException.BadInput(argument, $"Unknown predicate '{id}'; known predicates: {string.Join(", ", known.Keys.Order())}");
        return named.Distinct().ToArray();
    }
}
