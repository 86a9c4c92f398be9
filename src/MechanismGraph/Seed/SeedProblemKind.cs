namespace MechanismGraph.Seed;

/// <summary>What is wrong with a seed file; one value per kind of check.</summary>
public enum SeedProblemKind
{
    MalformedYaml,
    UnknownField,
    MissingField,
    InvalidValue,
    InvalidId,
    DuplicateId,
    UnknownEntity,
    UnknownPredicate,
    UnknownKind,
    UnknownDocument,
    MissingDocumentFile,
    QuoteNotFound,
    MissingEvidence,
    SharedAlias,
    MalformedCurie,
    EmptyName,
    NoSeedFiles,
    UnreadableFile,
    FileOutsideSeedFolder,
}
