namespace MechanismGraph.Import;

/// <summary>One string instance per distinct value of a repetitive column (predicates, categories, sources), read from spans without allocating.</summary>
internal sealed class Interner
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Interner() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string? Intern(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return null;
        if (_lookup.TryGetValue(value, out var existing)) return existing;
        var text = value.ToString();
        _strings[text] = text;
        return text;
    }
}
