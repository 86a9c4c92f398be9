using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>All reasoning services over one store: what every adapter (GraphQL, MCP, CLI) is given.</summary>
public sealed class ReasoningServices
{
    public ReasoningServices(IGraphStore store)
    {
        Store = store;
        Catalog = new StoreCatalog(store);
        Resolver = new EntityResolver(store, Catalog);
        Views = new RelationViews(store, Catalog);
        Pathways = new PathwayFinder(store, Catalog, Resolver, Views);
        Influences = new InfluenceFinder(store, Catalog, Resolver, Views);
        Explainer = new Explainer(store, Catalog, Resolver, Pathways, Influences, Views);
        Facts = new FactFinder(store, Resolver, Views);
    }

    public IGraphStore Store { get; }
    public StoreCatalog Catalog { get; }
    public EntityResolver Resolver { get; }
    public RelationViews Views { get; }
    public PathwayFinder Pathways { get; }
    public InfluenceFinder Influences { get; }
    public Explainer Explainer { get; }
    public FactFinder Facts { get; }
}
