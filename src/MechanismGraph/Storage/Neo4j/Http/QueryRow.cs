namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>One result row: decoded values, readable by position or by field name.</summary>
internal sealed class QueryRow
{
    private readonly IReadOnlyList<string> _fields;

    internal QueryRow(IReadOnlyList<string> fields, IReadOnlyList<object?> values)
    {
        _fields = fields;
        Values = values;
    }

    public IReadOnlyList<object?> Values { get; }

    public object? this[int index] => Values[index];

    public object? this[string field] => Values[IndexOf(field)];

    /// <summary>The value of <paramref name="field"/> as <typeparamref name="T"/>; an Integer also reads as int or double.</summary>
    public T Get<T>(string field) => ValueConversion.To<T>(this[field], field);

    /// <summary>A List value as a list of <typeparamref name="T"/>; null reads as an empty list.</summary>
    public IReadOnlyList<T> GetList<T>(string field) => this[field] switch
    {
        null => [],
        IReadOnlyList<object?> list => list.Select((item, i) => ValueConversion.To<T>(item, $"{field}[{i}]")).ToList(),
        var other => throw new InvalidCastException($"Field '{field}' holds {ValueConversion.Describe(other)}, not a list."),
    };

    private int IndexOf(string field)
    {
        for (var i = 0; i < _fields.Count; i++)
        {
            if (string.Equals(_fields[i], field, StringComparison.Ordinal))
                return i;
        }

        throw new KeyNotFoundException($"The result has no field '{field}'; its fields are: {string.Join(", ", _fields)}.");
    }
}
