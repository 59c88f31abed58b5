using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>
/// The types of a connection, made once per name: <c>PageInfo</c> (shared by all), <c>&lt;Name&gt;Edge</c> and
/// <c>&lt;Name&gt;Connection</c>, in HotChocolate's shape. Two fields may share a connection name only when their
/// connections are the same (same node type, same totalCount choice).
/// </summary>
internal static class ConnectionTypes
{
    public static ObjectType GetOrAdd(FieldMiddlewareContext context, string name, IType nodeType, bool includeTotalCount)
    {
        var pageInfo = context.GetOrAddType("PageInfo", () => CreatePageInfo(context));
        var edge = context.GetOrAddType(name + "Edge", () => CreateEdge(context, name, nodeType));
        var connection = context.GetOrAddType(name + "Connection", () => CreateConnection(context, name, edge, pageInfo, nodeType, includeTotalCount));
        if (!edge.Fields["node"].Type.IsEqualTo(nodeType) ||
            connection.Fields.Find("totalCount") is not null != includeTotalCount)
        {
            throw new InvalidOperationException(
                $"the connection type '{connection.Name}' already exists for another field with a different node type or totalCount choice; give this field another ConnectionName");
        }
        return connection;
    }

    private static ObjectType CreatePageInfo(FieldMiddlewareContext context)
    {
        var boolean = new NonNullType(context.OutputTypeOf(typeof(bool)));
        var cursor = context.OutputTypeOf(typeof(string));
        return new ObjectType("PageInfo")
        {
            Description = "Information about a page of a connection, to ask for the next or the previous one.",
            Fields =
            {
                Field("hasNextPage", boolean, "Whether more items follow this page.", c => c.Parent<PageInfo>().HasNextPage),
                Field("hasPreviousPage", boolean, "Whether more items come before this page.", c => c.Parent<PageInfo>().HasPreviousPage),
                Field("startCursor", cursor, "The cursor of the first item of the page.", c => c.Parent<PageInfo>().StartCursor),
                Field("endCursor", cursor, "The cursor of the last item of the page.", c => c.Parent<PageInfo>().EndCursor),
            },
        };
    }

    private static ObjectType CreateEdge(FieldMiddlewareContext context, string name, IType nodeType) => new(name + "Edge")
    {
        Description = "An item of a connection and its cursor.",
        Fields =
        {
            Field("cursor", new NonNullType(context.OutputTypeOf(typeof(string))), "The cursor of this item, for after: and before:.", c => c.Parent<Edge>().Cursor),
            Field("node", nodeType, "The item.", c => c.Parent<Edge>().Node),
        },
    };

    private static ObjectType CreateConnection(
        FieldMiddlewareContext context, string name, ObjectType edge, ObjectType pageInfo, IType nodeType, bool includeTotalCount)
    {
        var connection = new ObjectType(name + "Connection")
        {
            Description = "A page of a list, with the information to get the next or the previous page.",
            Fields =
            {
                Field("pageInfo", new NonNullType(pageInfo), "Where this page is in the list.", c => c.Parent<Connection>().PageInfo),
                Field("edges", new ListType(new NonNullType(edge)), "The items of the page with their cursors.", c => c.Parent<Connection>().Edges),
                Field("nodes", new ListType(nodeType), "The items of the page.", c => Nodes(c.Parent<Connection>())),
            },
        };
        if (includeTotalCount)
        {
            connection.Fields.Add(Field(
                "totalCount", new NonNullType(context.OutputTypeOf(typeof(int))), "The number of items in the whole list.", TotalCount));
        }
        return connection;
    }

    private static object?[] Nodes(Connection connection)
    {
        var nodes = new object?[connection.Edges.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = connection.Edges[i].Node;
        }
        return nodes;
    }

    private static object TotalCount(IResolverContext context) =>
        context.Parent<Connection>().TotalCount ?? throw new InvalidOperationException(
            $"The connection of this field has no total count: a resolver that returns a Page<T> must count when PagingArguments.IncludeTotalCount is set.");

    private static OutputField Field(string name, IType type, string description, Func<IResolverContext, object?> read) =>
        new(name, type) { Description = description, Resolver = context => new ValueTask<object?>(read(context)) };
}
