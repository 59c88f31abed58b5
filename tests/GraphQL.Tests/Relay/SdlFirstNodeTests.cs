using GraphQL.Execution;
using GraphQL.Relay;
using GraphQL.Types;
using static GraphQL.Tests.Execution.ExecutionTestExtensions;

namespace GraphQL.Tests.Relay;

/// <summary>Global object identification on an SDL-first schema: node resolvers bound by type name.</summary>
public sealed class SdlFirstNodeTests
{
    private const string Sdl = """
        type Query { hello: String }
        type User implements Node { id: ID! name: String! }
        """;

    [Fact]
    public async Task BoundNodeResolversFetchObjectsAndIdsLeaveAsGlobalIds()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .AddGlobalObjectIdentification()
            .BindRuntimeType("User", typeof(User))
            .BindNodeResolver<int>("User", (id, _) => new ValueTask<object?>(id == 0 ? null : new User(id, "user " + id)))
            .Build();
        var executor = new RequestExecutor(schema);
        var id = GlobalId.Format("User", 5);

        var result = await executor.RunAsync($$"""{ node(id: "{{id}}") { id ... on User { name } } nodes(ids: ["{{GlobalId.Format("User", 0)}}"]) { id } }""");

        Assert.Equal(Json($"{{'data':{{'node':{{'id':'{id}','name':'user 5'}},'nodes':[null]}}}}"), result.ToJson());
        Assert.Contains("nodes(", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void ASchemaThatDeclaresTheNodeFieldsGetsThemBound()
    {
        var schema = SchemaBuilder.FromSdl("""
                interface Node { id: ID! }
                type Query { node(id: ID!): Node nodes(ids: [ID!]!): [Node]! }
                type User implements Node { id: ID! name: String! }
                """)
            .AddGlobalObjectIdentification()
            .BindNodeResolver<int>("User", (id, _) => new ValueTask<object?>(new User(id, "u")))
            .Build();

        Assert.NotNull(schema.QueryType.Fields["node"].Resolver);
        Assert.NotNull(schema.QueryType.Fields["nodes"].Resolver);
    }

    [Fact]
    public void ANodeTypeWithoutBoundResolverFailsTheBuild()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(Sdl).AddGlobalObjectIdentification().Build());

        Assert.Equal("The type 'User' implements Node but has no node resolver to fetch it by id: bind one with BindNodeResolver.", Assert.Single(error.Errors));
    }

    [Fact]
    public void NodeResolversNeedGlobalObjectIdentification()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("type Query { a: Int } type User { id: ID! }")
            .BindNodeResolver<int>("User", (_, _) => default)
            .Build());

        Assert.Equal("Node resolvers are bound, but global object identification is off; call AddGlobalObjectIdentification().", Assert.Single(error.Errors));
    }

    public sealed record User(int Id, string Name);
}
