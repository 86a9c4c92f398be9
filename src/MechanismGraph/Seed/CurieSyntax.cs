using System.Text.RegularExpressions;

namespace MechanismGraph.Seed;

/// <summary>Checks that a cross-reference is a well-formed CURIE, and for known prefixes that its local id has the registry's shape.</summary>
public static partial class CurieSyntax
{
    private static readonly Dictionary<string, Regex> KnownPrefixes = new(StringComparer.Ordinal)
    {
        ["CHEBI"] = Digits(),
        ["HGNC"] = Digits(),
        ["GO"] = SevenDigits(),
        ["CL"] = SevenDigits(),
        ["MONDO"] = SevenDigits(),
        ["HP"] = SevenDigits(),
        ["UniProtKB"] = UniProtAccession(),
    };

    /// <summary>Null when valid, otherwise why not.</summary>
    public static string? Check(string curie)
    {
        var match = Shape().Match(curie);
        if (!match.Success) return $"'{curie}' is not a CURIE (PREFIX:local, e.g. CHEBI:6121)";
        var prefix = match.Groups["prefix"].Value;
        var local = match.Groups["local"].Value;
        var wrongCase = KnownPrefixes.Keys.FirstOrDefault(k => string.Equals(k, prefix, StringComparison.OrdinalIgnoreCase) && k != prefix);
        if (wrongCase is not null) return $"'{curie}' should use the prefix '{wrongCase}'";
        if (KnownPrefixes.TryGetValue(prefix, out var localShape) && !localShape.IsMatch(local))
            return $"'{curie}' does not have the shape of a {prefix} identifier";
        return null;
    }

    [GeneratedRegex(@"^(?<prefix>[A-Za-z][A-Za-z0-9_.]*):(?<local>[^\s:]+)$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"^[0-9]+$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[0-9]{7}$")]
    private static partial Regex SevenDigits();

    // An accession, optionally with an isoform suffix (P04637-2).
    [GeneratedRegex(@"^([OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9]([A-Z][A-Z0-9]{2}[0-9]){1,2})(-[0-9]+)?$")]
    private static partial Regex UniProtAccession();
}
