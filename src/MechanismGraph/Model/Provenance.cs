namespace MechanismGraph.Model;

/// <summary>
/// Where an imported relation comes from, in place of verbatim quotes: the KGX provenance columns.
/// Curated seed relations have evidence quotes instead and no provenance.
/// </summary>
/// <param name="PrimaryKnowledgeSource">The infores CURIE of the source that asserted the edge, e.g. <c>infores:hetionet</c>.</param>
/// <param name="Publications">Publication CURIEs or URLs backing the edge, as the source lists them.</param>
/// <param name="SupportingText">The source's own supporting sentences, when it gives any (not checked against a document).</param>
public sealed record Provenance(string PrimaryKnowledgeSource, IReadOnlyList<string> Publications, string? SupportingText = null)
{
    /// <summary>"infores:x (PMID:1, PMID:2)": how citations name this source.</summary>
    public override string ToString() =>
        Publications.Count == 0 ? PrimaryKnowledgeSource : $"{PrimaryKnowledgeSource} ({string.Join(", ", Publications)})";
}
