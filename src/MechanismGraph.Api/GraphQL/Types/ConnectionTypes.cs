using GraphQL.Types;

namespace MechanismGraph.Api.GraphQL.Types;

/// <summary>A Relay connection page as resolvers build it.</summary>
internal sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
}

internal sealed record Edge<T>(string Cursor, T Node);

internal sealed record PageInfo(bool HasNextPage, string? EndCursor);

internal sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page ends and whether another follows (Relay cursor connections).";
        Field(p => p.HasNextPage).Description("Whether more items follow this page.");
        Field(p => p.EndCursor, nullable: true).Description("The cursor of the last item; pass it as `after` for the next page. Null on an empty page.");
    }
}

/// <summary>One edge type per node type, named after it (EntityEdge, RelationEdge).</summary>
internal sealed class EdgeType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>> where TNodeType : IGraphType
{
    public EdgeType()
    {
        var node = typeof(TNodeType).Name.Replace("Type", "");
        Name = $"{node}Edge";
        Description = $"A {node} with its cursor.";
        Field(e => e.Cursor).Description("Opaque, stable position of this item; pass as `after` to continue after it.");
        Field<NonNullGraphType<TNodeType>>("node").Description($"The {node}.").Resolve(ctx => ctx.Source.Node);
    }
}

/// <summary>One connection type per node type (EntityConnection, RelationConnection).</summary>
internal sealed class ConnectionType<TNodeType, TNode> : ObjectGraphType<Connection<TNode>> where TNodeType : IGraphType
{
    public ConnectionType()
    {
        var node = typeof(TNodeType).Name.Replace("Type", "");
        Name = $"{node}Connection";
        Description = $"A page of {node} items in id order, Relay style.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, TNode>>>>>("edges")
            .Description("The items of this page with their cursors.").Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The items of this page, without cursors.").Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Paging information.").Resolve(ctx => ctx.Source.PageInfo);
        Field(c => c.TotalCount).Description("Items matching the filters over all pages.");
    }
}
