using MechanismGraph.Graph;

namespace MechanismGraph.Import;

/// <summary>The combined graph (curated seed-data plus every import) or, when a row was bad and not skipped, none.</summary>
public sealed record KgxImportResult(KnowledgeGraph? Graph, ImportReport Report)
{
    public bool Succeeded => Graph is not null;
}
