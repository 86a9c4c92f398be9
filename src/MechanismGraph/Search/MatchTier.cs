namespace MechanismGraph.Search;

/// <summary>How a label matched a query, best first: the first key of the ranking.</summary>
public enum MatchTier : byte
{
    /// <summary>The whole label equals the query.</summary>
    Exact,
    /// <summary>The label starts with the query.</summary>
    Prefix,
    /// <summary>A later word of the label starts with the query.</summary>
    Token,
    /// <summary>The query occurs inside a word of the label.</summary>
    Substring,
    /// <summary>Within a few edits of the label (a misspelling).</summary>
    Fuzzy,
}
