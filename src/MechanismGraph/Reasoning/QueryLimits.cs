namespace MechanismGraph.Reasoning;

/// <summary>Bounds on every query, so no request can ask for unbounded work.</summary>
public static class QueryLimits
{
    /// <summary>Largest maxHops accepted (10).</summary>
    public const int MaxHops = 10;
    /// <summary>maxHops when none is given for pathways and explanations (8: the ketamine chain is 7 steps).</summary>
    public const int DefaultPathHops = 8;
    /// <summary>maxHops when none is given for effects and causes (8, as for pathways).</summary>
    public const int DefaultInfluenceHops = 8;
    /// <summary>Largest pathway limit accepted (50).</summary>
    public const int MaxLimit = 50;
    /// <summary>Pathways returned when no limit is given (5).</summary>
    public const int DefaultLimit = 5;
    /// <summary>Largest page size accepted (100).</summary>
    public const int MaxFirst = 100;
    /// <summary>Page size when none is given (20).</summary>
    public const int DefaultFirst = 20;
    /// <summary>Relations one path search may scan before stopping (200,000); it then answers with the paths found so far.</summary>
    public const int MaxPathExpansions = 200_000;
    /// <summary>Entities one effects/causes traversal may reach before stopping (10,000).</summary>
    public const int MaxInfluenceEntities = 10_000;

    public static int Hops(int? value, int fallback, string argument = "maxHops") =>
        InRange(value ?? fallback, 1, MaxHops, argument);

    public static int Limit(int? value, string argument = "limit") =>
        InRange(value ?? DefaultLimit, 1, MaxLimit, argument);

    public static int First(int? value, string argument = "first") =>
        InRange(value ?? DefaultFirst, 1, MaxFirst, argument);

    private static int InRange(int value, int min, int max, string argument) =>
        value < min || value > max
            ? throw MechanismGraphException.BadInput(argument, $"{argument} must be between {min} and {max}; got {value}")
            : value;
}
