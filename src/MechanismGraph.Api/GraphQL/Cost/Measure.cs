namespace MechanismGraph.Api.GraphQL.Cost;

/// <summary>
/// The measure of one selection set, summed as selections are read: cost, depth, expanded field count, and how often
/// each response name occurs at its top level (to find names repeated enough to make field merging quadratic).
/// Counts are doubles: fragments spread in a chain multiply, and an astronomic count must still compare, not overflow.
/// </summary>
internal sealed class Measure
{
    private readonly Dictionary<string, double> _names = new(StringComparer.Ordinal);

    public double Cost { get; private set; }

    public int Depth { get; private set; }

    public double Fields { get; private set; }

    public double MostRepeatedName { get; private set; }

    public static Measure Empty() => new();

    /// <summary>A field: itself (1) plus its selections, whose cost counts once per list item.</summary>
    public static Measure OfField(Measure children, double listSize)
    {
        var field = new Measure
        {
            Cost = 1 + listSize * children.Cost,
            Depth = 1 + children.Depth,
            Fields = 1 + children.Fields,
            MostRepeatedName = children.MostRepeatedName,
        };
        return field;
    }

    public void AddField(string responseName, Measure field)
    {
        Add(field);
        Count(responseName, 1);
    }

    /// <summary>A fragment's selections merge into this set: its top-level names count here.</summary>
    public void AddSpread(Measure fragment)
    {
        Add(fragment);
        // Names are only merged while the expansion is small; a huge one is refused on its field count anyway.
        if (Fields > CostModel.NameMergeCeiling) return;
        foreach (var (name, count) in fragment._names) Count(name, count);
    }

    private void Add(Measure other)
    {
        Cost += other.Cost;
        Depth = Math.Max(Depth, other.Depth);
        Fields += other.Fields;
        MostRepeatedName = Math.Max(MostRepeatedName, other.MostRepeatedName);
    }

    private void Count(string name, double count)
    {
        var total = _names.GetValueOrDefault(name) + count;
        _names[name] = total;
        MostRepeatedName = Math.Max(MostRepeatedName, total);
    }
}
