using MechanismGraph.Storage;
using MechanismGraph.Storage.Embedded;

namespace MechanismGraph.Tests.Storage;

/// <summary>The store contract on the embedded in-memory graph (always runs).</summary>
public sealed class EmbeddedStoreContractTests : GraphStoreContract
{
    protected override Task<IGraphStore> StoreAsync() => Task.FromResult<IGraphStore>(new EmbeddedGraphStore(Seed));
}
