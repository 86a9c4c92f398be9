namespace MechanismGraph.Model;

/// <summary>Composition of signs along a chain: the net effect of a pathway.</summary>
public static class SignMath
{
    /// <summary>Unknown if any step is unknown; otherwise the product of +1/-1/0 (0 gives None).</summary>
    public static Sign Compose(IEnumerable<Sign> steps)
    {
        var product = 1;
        var any = false;
        var sawNone = false;
        foreach (var step in steps)
        {
            any = true;
            switch (step)
            {
                case Sign.Unknown: return Sign.Unknown;
                case Sign.None: sawNone = true; break;
                case Sign.Decreases: product = -product; break;
            }
        }
        if (!any || sawNone) return Sign.None;
        return product > 0 ? Sign.Increases : Sign.Decreases;
    }

    public static Sign Then(this Sign first, Sign next) => Compose([first, next]);

    /// <summary>Parses the seed vocabulary's notation: +1, -1, 0 or unknown.</summary>
    public static bool TryParse(string text, out Sign sign)
    {
        sign = text.Trim().ToLowerInvariant() switch
        {
            "+1" or "1" or "increases" => Sign.Increases,
            "-1" or "decreases" => Sign.Decreases,
            "0" or "none" => Sign.None,
            "unknown" or "?" => Sign.Unknown,
            _ => (Sign)(-1),
        };
        return Enum.IsDefined(sign);
    }

    /// <summary>The lower-case word exports and MCP tools write: increases, decreases, unknown or none.</summary>
    public static string ToWord(this Sign sign) => sign.ToString().ToLowerInvariant();

    public static string ToNotation(this Sign sign) => sign switch
    {
        Sign.Increases => "+1",
        Sign.Decreases => "-1",
        Sign.None => "0",
        _ => "unknown",
    };
}
