namespace MechanismGraph.Model;

/// <summary>The words and Biolink values of <see cref="Aspect"/>: one table, read by the seed reader, sentences and exports.</summary>
public static class AspectText
{
    private static readonly (Aspect Aspect, string Word, string Biolink)[] Table =
    [
        (Aspect.Activity, "activity", "activity"),
        (Aspect.Abundance, "level", "abundance"),
        (Aspect.ActivityOrAbundance, "activity or level", "activity_or_abundance"),
        (Aspect.Release, "release", "secretion"),
        (Aspect.Expression, "expression", "expression"),
        (Aspect.Signalling, "signalling", "activity"),
    ];

    /// <summary>The English noun: "activity", "level", "release", "signalling"…</summary>
    public static string Word(this Aspect aspect) => Table.First(t => t.Aspect == aspect).Word;

    /// <summary>The Biolink GeneOrGeneProductOrChemicalEntityAspectEnum value exports write.</summary>
    public static string Biolink(this Aspect aspect) => Table.First(t => t.Aspect == aspect).Biolink;

    /// <summary>The seed notation: the snake_case name (<c>activity</c>, <c>abundance</c>, <c>release</c>, <c>signalling</c>…).</summary>
    public static string ToNotation(this Aspect aspect) => Notation.SnakeCase(aspect.ToString());

    public static bool TryParse(string text, out Aspect aspect) => Notation.TryParse(text, out aspect);

    /// <summary>Every notation, for error messages.</summary>
    public static IEnumerable<string> Notations => Enum.GetValues<Aspect>().Select(a => a.ToNotation());
}
