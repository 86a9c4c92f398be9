using MechanismGraph.Storage;

namespace MechanismGraph.Search;

/// <summary>Any store's entity labels (id, name, aliases) with their index: what "did you mean" ranks, whatever the store.</summary>
public sealed class LabelSearch(IReadOnlyList<EntityLabels> labels, EntitySearchIndex index)
{
    public IReadOnlyList<EntityLabels> Labels { get; } = labels;

    public EntitySearchIndex Index { get; } = index;

    public static LabelSearch Of(IReadOnlyList<EntityLabels> labels) =>
        new(labels, EntitySearchIndex.Build(labels, static e =>
            [(e.Id, LabelKind.Id), (e.Name, LabelKind.Name), .. e.Aliases.Select(a => (a, LabelKind.Alias))]));

    /// <summary>The names of up to <paramref name="count"/> entities for the text, best match first.</summary>
    public IReadOnlyList<string> SuggestNames(string text, int count) =>
        Index.Rank(text, count).Select(hit => Labels[hit.Entity].Name).ToArray();
}
