using MechanismGraph.Storage;

namespace MechanismGraph.Reasoning;

/// <summary>All reasoning services over one store: what every adapter (GraphQL, MCP, CLI) is given. Adapters never see the store.</summary>
public sealed class ReasoningServices
{
    /// <param name="maxPathExpansions">Relations one path search may scan before it answers with what it found (Graph:MaxPathExpansions).</param>
    public ReasoningServices(IGraphStore store, int maxPathExpansions = QueryLimits.MaxPathExpansions)
    {
        Store = store;
        Catalog = new StoreCatalog(store);
        Rules = new ArgumentRules(Catalog);
        Resolver = new EntityResolver(store, Catalog);
        Views = new RelationViews(store, Catalog);
        Lookup = new GraphLookup(store, Catalog, Resolver, Views, Rules);
        Pathways = new PathwayFinder(store, Rules, Resolver, Views, maxPathExpansions);
        Influences = new InfluenceFinder(store, Catalog, Resolver);
        Neighbourhoods = new NeighbourhoodFinder(Catalog, Influences);
        Explainer = new Explainer(store, Catalog, Resolver, Pathways, Influences, Views);
        Facts = new FactFinder(store, Resolver, Views);
    }

    /// <summary>The store, for this assembly's own readers (the exporters page through it); adapters use the services below.</summary>
    internal IGraphStore Store { get; }
    public StoreCatalog Catalog { get; }
    public ArgumentRules Rules { get; }
    public EntityResolver Resolver { get; }
    public RelationViews Views { get; }
    public GraphLookup Lookup { get; }
    public PathwayFinder Pathways { get; }
    public InfluenceFinder Influences { get; }
    public NeighbourhoodFinder Neighbourhoods { get; }
    public Explainer Explainer { get; }
    public FactFinder Facts { get; }
}
