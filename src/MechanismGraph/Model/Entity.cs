using System.Text.Json.Serialization;

namespace MechanismGraph.Model;

/// <summary>A thing a document talks about: a drug, receptor, cell type, process, effect…</summary>
/// <param name="Id">Stable slug, unique across all documents.</param>
/// <param name="Xrefs">Standard identifiers as CURIEs (CHEBI:6121), most specific first.</param>
/// <param name="Context">
/// For a context-specific entity ("NMDA receptor (GABAergic interneuron)"): the general entity it is a form of and its
/// typed context; null for a context-free entity.
/// </param>
public sealed record Entity(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    string Description,
    IReadOnlyList<string> Xrefs,
    EntityContext? Context = null)
{
    /// <summary>The name and every alias: the texts this entity can be referred to by.</summary>
    [JsonIgnore] // derived: not part of the entity's content (or its hash)
    public IEnumerable<string> Labels => Aliases.Prepend(Name);

    /// <summary>Everything a user may refer to this entity by: name, aliases, CURIEs and id.</summary>
    [JsonIgnore]
    public IEnumerable<string> References => Labels.Concat(Xrefs).Append(Id);

    /// <summary>The entity's typed context; empty for a context-free entity.</summary>
    [JsonIgnore]
    public IReadOnlyList<ContextTerm> ContextTerms => Context?.Terms ?? [];
}
