using MechanismGraph.Model;

namespace MechanismGraph.Seed;

// The items of the seed files as written, before cross-file checks; each remembers where it was written.

internal sealed record RawKind(string Id, string Description, string Biolink, SourceLocation At);

internal sealed record RawPredicate(string Id, Sign Sign, string Phrase, string Inverse, string Description, BiolinkMapping Biolink, SourceLocation At);

internal sealed record RawEntity(string Id, string Name, string Kind, IReadOnlyList<string> Aliases, string Description, IReadOnlyList<(string Curie, int Line)> Xrefs, SourceLocation At);

internal sealed record RawDocument(string Id, string Title, string File, string? Citation, string? Url, string Directory, SourceLocation At);

internal sealed record RawEvidence(string Document, string Quote, SourceLocation At);

internal sealed record RawRelation(
    string Id, string Subject, string Predicate, string Object,
    IReadOnlyList<Qualifier> Qualifiers, IReadOnlyList<RawEvidence> Evidence,
    bool Indirect, string? Note, SourceLocation At);

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
