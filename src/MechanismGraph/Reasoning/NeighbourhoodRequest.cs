using MechanismGraph.Model;
using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>What a neighbourhood summary is asked for: whose, which way, how far, and which entities to rank.</summary>
/// <param name="IncludeAssociations">Also follow association predicates (Biolink group Association), not only causal ones.</param>
/// <param name="Kind">Rank only entities of this kind (case-insensitive); null for all.</param>
/// <param name="Sign">Rank only entities with this net sign; null for all.</param>
/// <param name="Source">Rank only entities reached through this source (see <see cref="NeighbourhoodFinder.SourceOf"/>); null for all.</param>
public sealed record NeighbourhoodRequest(
    string Of,
    Direction Direction,
    int? MaxHops,
    bool IncludeAssociations = false,
    string? Kind = null,
    Sign? Sign = null,
    string? Source = null);
