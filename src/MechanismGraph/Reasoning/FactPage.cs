namespace MechanismGraph.Reasoning;

/// <summary>One page of facts; <paramref name="HasMore"/> when facts follow the last one (ask again with its relation id as <c>after</c>).</summary>
public sealed record FactPage(IReadOnlyList<Fact> Facts, bool HasMore);
