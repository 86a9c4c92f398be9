namespace MechanismGraph.Biolink;

/// <summary>
/// English verb phrases for Biolink predicates, from their names: a verb stays as it is ("affects", "regulates"), a
/// participle or adjective gets "is" ("is correlated with", "is located in"), an association between named kinds reads
/// "is associated with", and the plain similarity reads "resembles". Never the bare word "related".
/// </summary>
public static class PredicatePhrases
{
    // Nouns that read with an article: "is a subclass of", "is a biomarker for".
    private static readonly HashSet<string> CountNouns = new(StringComparer.Ordinal)
        { "subclass", "superclass", "member", "biomarker", "model", "metabolite", "manifestation", "variant", "contributor" };

    /// <summary>"biolink:gene_associated_with_condition" → "is associated with"; "RO:0002434" → "has the relation RO:0002434 to".</summary>
    public static string Of(string curie, PredicateGroup group)
    {
        if (group == PredicateGroup.NotBiolink) return $"has the relation {curie} to";
        var words = curie[(curie.IndexOf(':') + 1)..].Split('_', StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join(' ', words);
        if (text is "related to" or "related to at instance level" or "related to at concept level") return "is associated with";
        if (text == "similar to") return "resembles";
        var associated = Array.IndexOf(words, "associated");
        if (associated > 0 && group == PredicateGroup.Association && !words[associated - 1].EndsWith("ly", StringComparison.Ordinal))
            return "is " + string.Join(' ', words[associated..^(words[^1] is "with" or "of" or "to" ? 0 : 1)]); // "gene associated with condition" → "is associated with"
        var first = words[0];
        if (CountNouns.Contains(first)) return "is a " + text;
        if (first is "location" or "same") return "is the " + text;
        // Leading adverbs ("directly physically interacts with") do not decide: the first other word does.
        var head = words.FirstOrDefault(w => !w.EndsWith("ly", StringComparison.Ordinal)) ?? first;
        return IsVerb(head) ? text : "is " + text;
    }

    // Third person singular: "affects", "regulates", "has" — not "homologous", "class", "is".
    private static bool IsVerb(string word) =>
        word.Length > 2 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("ous", StringComparison.Ordinal) || word == "has";

    /// <summary>The phrase read from the object's side: the declared inverse's phrase, the same for symmetric predicates, else "is the object of".</summary>
    public static string InverseOf(string curie, PredicateGroup group, BiolinkModel model)
    {
        var predicate = model.Predicate(curie);
        if (predicate?.Symmetric == true) return Of(curie, group);
        if (predicate?.Inverse is { } inverse) return Of(inverse, model.GroupOf(inverse));
        return $"is the object of '{Of(curie, group)}' from";
    }
}
