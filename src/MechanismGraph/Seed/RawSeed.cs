using MechanismGraph.Model;

namespace MechanismGraph.Seed;

// The items of the seed files as written, before cross-file checks; each remembers where it was written.

internal sealed record RawKind(string Id, string Description, string Biolink, SourceLocation At);

internal sealed record RawPredicate(string Id, Sign Sign, string Phrase, string Inverse, string Description, BiolinkMapping Biolink, SourceLocation At);

internal sealed record RawEntity(
    string Id, string Name, string Kind, IReadOnlyList<string> Aliases, string Description, IReadOnlyList<(string Curie, int Line)> Xrefs,
    IReadOnlyList<RawContext> Context, SourceLocation At);

/// <summary>One typed context entry as written (<c>cell type: gabaergic-interneuron</c>); its entity is checked later.</summary>
internal sealed record RawContext(ContextKind Kind, string EntityId, int Line);

/// <summary>A relation's <c>inferred</c> block: the knowledge level and the curator's reason.</summary>
internal sealed record RawInference(KnowledgeLevel Level, string Reason);

internal sealed record RawDocument(string Id, string Title, string File, string? Citation, string? Url, string Directory, SourceLocation At);

internal sealed record RawEvidence(string Document, string Quote, SourceLocation At);

internal sealed record RawRelation(
    string Id, string Subject, string Predicate, string Object,
    IReadOnlyList<Qualifier> Qualifiers, IReadOnlyList<RawEvidence> Evidence,
    bool Indirect, string? Note, SourceLocation At)
{
    public Aspect? SubjectAspect { get; init; }
    public Aspect? ObjectAspect { get; init; }
    public Sign? SubjectDirection { get; init; }
    public IReadOnlyList<RawContext> Context { get; init; } = [];
    public RawInference? Inferred { get; init; }
}

/// <summary>Everything read from all seed files, plus the problems met while reading them.</summary>
internal sealed class RawSeed
{
    public List<RawKind> Kinds { get; } = [];
    public List<RawPredicate> Predicates { get; } = [];
    public List<RawEntity> Entities { get; } = [];
    public List<RawDocument> Documents { get; } = [];
    public List<RawRelation> Relations { get; } = [];
    public List<SeedProblem> Problems { get; } = [];
}
