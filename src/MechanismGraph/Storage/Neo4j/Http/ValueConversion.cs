namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>Reads a decoded value as the type a caller asks for, with the few widenings Cypher callers expect.</summary>
internal static class ValueConversion
{
    public static T To<T>(object? value, string what)
    {
        switch (value)
        {
            case T typed:
                return typed;
            case null when default(T) is null:
                return default!;
            case null:
                throw new InvalidCastException($"Field '{what}' is null, not {typeof(T).Name}.");
        }

        // Cypher has one 64-bit Integer type; callers often want int, or double for arithmetic.
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is long number && target == typeof(double))
            return (T)(object)(double)number;
        if (value is long small && target == typeof(int))
        {
            return small is >= int.MinValue and <= int.MaxValue
                ? (T)(object)(int)small
                : throw new InvalidCastException($"Field '{what}' holds {small}, which does not fit in Int32.");
        }

        throw new InvalidCastException($"Field '{what}' holds {Describe(value)}, not {typeof(T).Name}.");
    }

    public static string Describe(object? value) => value switch
    {
        null => "null",
        long => "an Integer",
        double => "a Float",
        string => "a String",
        bool => "a Boolean",
        byte[] => "a Base64 byte array",
        IReadOnlyList<object?> => "a List",
        IReadOnlyDictionary<string, object?> => "a Map",
        Neo4jTextValue text => $"a {text.Type}",
        _ => $"a {value.GetType().Name}",
    };
}
