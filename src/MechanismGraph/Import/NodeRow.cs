namespace MechanismGraph.Import;

/// <summary>One node of a nodes table, after merging the rows that repeat its id (lists united, first name and description kept).</summary>
internal sealed class NodeRow(string id, string file, int line)
{
    public string Id { get; } = id;
    public string File { get; } = file;
    public int Line { get; } = line;
    public string? Name { get; set; }
    public string? Description { get; set; }
    public List<string> Categories { get; } = [];
    public List<string> Xrefs { get; } = [];
    public List<string> SameAs { get; } = [];
    public List<string> Synonyms { get; } = [];

    /// <summary>Adds a repeated row's values, KGX's way (lists united; core properties keep the first value); false when a value conflicted.</summary>
    public bool Merge(string? name, string? description, string[] categories, string[] xrefs, string[] sameAs, string[] synonyms, out bool changed)
    {
        var before = Categories.Count + Xrefs.Count + SameAs.Count + Synonyms.Count;
        Unite(Categories, categories);
        Unite(Xrefs, xrefs);
        Unite(SameAs, sameAs);
        Unite(Synonyms, synonyms);
        var conflict = (name is not null && Name is not null && name != Name) || (description is not null && Description is not null && description != Description);
        Name ??= name;
        Description ??= description;
        changed = conflict || before != Categories.Count + Xrefs.Count + SameAs.Count + Synonyms.Count;
        return !conflict;
    }

    private static void Unite(List<string> into, string[] values)
    {
        foreach (var value in values)
            if (!into.Contains(value, StringComparer.Ordinal)) into.Add(value);
    }
}
