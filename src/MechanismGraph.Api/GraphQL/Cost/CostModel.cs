using MechanismGraph.Reasoning;

namespace MechanismGraph.Api.GraphQL.Cost;

/// <summary>
/// The cost model (documented in the README): every field costs 1; a field that returns a list multiplies the cost of
/// what is selected under it by its size. The size is the field's <c>first</c> or <c>limit</c> argument (its default when
/// absent, clamped to the argument's range so an out-of-range value is reported by the resolver, not here); the lists of
/// a connection count 1 (their page was counted on the field that took <c>first</c>); any other list counts
/// <see cref="UnsizedList"/>. Introspection fields cost the same as any other.
/// </summary>
internal static class CostModel
{
    /// <summary>Items assumed for a list without a size argument (10).</summary>
    public const int UnsizedList = 10;

    /// <summary>The (default, maximum) item count a size argument stands for, by argument name.</summary>
    public static (int Default, int Max)? SizeArgument(string name) => name switch
    {
        "first" => (QueryLimits.DefaultFirst, QueryLimits.MaxFirst),
        "limit" => (QueryLimits.DefaultLimit, QueryLimits.MaxLimit),
        _ => null,
    };

    /// <summary>
    /// Expanded fields past which a selection set stops tallying response names (100,000): far above any accepted
    /// document, so it only bounds the work spent on one that will be refused for its size anyway.
    /// </summary>
    public const double NameMergeCeiling = 100_000;

    /// <summary>Connection types end with this suffix (EntityConnection, RelationConnection).</summary>
    public const string ConnectionSuffix = "Connection";
}
