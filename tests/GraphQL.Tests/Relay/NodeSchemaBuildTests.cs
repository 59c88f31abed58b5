using GraphQL.Relay;
using GraphQL.Types;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;

namespace GraphQL.Tests.Relay;

/// <summary>Schemas that cannot be built with global object identification, each error naming the type or member.</summary>
public sealed class NodeSchemaBuildTests
{
    [Fact]
    public void ANodeTypeWithoutResolverFailsNamingTheType()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(Queries)).AddType(typeof(Orphan)).AddGlobalObjectIdentification());

        Assert.Equal(
            "The type 'Orphan' implements Node but has no node resolver to fetch it by id: add a public static method marked [NodeResolver] to its class or an [ObjectType<T>] class extending it, taking the raw id.",
            Assert.Single(errors));
    }

    [Fact]
    public void ANodeTypeWithoutIdFailsNamingTheType()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(Queries)).AddType(typeof(Nameless)).AddGlobalObjectIdentification());

        Assert.Equal("The type 'Nameless' implements Node but has no field 'id', which node(id:) needs.", Assert.Single(errors));
    }

    [Fact]
    public void NodeResolversMustTakeExactlyOneSupportedId()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(Queries))
            .AddType(typeof(TwoIds)).AddType(typeof(DateId)).AddType(typeof(TwoResolvers)).AddGlobalObjectIdentification());

        Assert.Contains(errors, e => e.StartsWith("The node resolver method 'TwoIds.Get' must take exactly one parameter that is not injected, the raw id; it takes 2.", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("The node resolver method 'DateId.Get' takes its id as 'DateTime'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("The type 'TwoResolvers' has more than one [NodeResolver]", StringComparison.Ordinal));
    }

    [Fact]
    public void NodeTypesNeedGlobalObjectIdentification()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(Queries)).AddType(typeof(Orphan)));

        Assert.Equal(
            "The type 'Orphan' is marked [Node], but global object identification is off; call AddGlobalObjectIdentification() on the schema builder.",
            Assert.Single(errors));
    }

    [Fact]
    public void AnIdArgumentMustHoldARawIdType()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(DateIdQueries)).AddGlobalObjectIdentification());

        Assert.Contains("is marked [ID], so it takes global ids, but its CLR type 'DateTime' cannot be a raw id", Assert.Single(errors));
    }

    [Fact]
    public void WithoutGlobalObjectIdentificationIdsStayRaw()
    {
        var schema = BuildSchema(b => b.AddQueryType(typeof(Queries)));

        Assert.Null(schema.FindType("Node"));
        Assert.Equal(["ping", "echo"], schema.FieldNames("Query"));
        Assert.Null(schema.Argument("Query", "echo", "id").Formatter);
    }

    [Fact]
    public void WithItAndNoNodeTypesTheFieldsAreStillThere()
    {
        var schema = BuildSchema(b => b.AddQueryType(typeof(Queries)).AddGlobalObjectIdentification());

        Assert.Equal(["ping", "echo", "node", "nodes"], schema.FieldNames("Query"));
        Assert.IsType<InterfaceType>(schema.FindType("Node"));
    }

    [QueryType]
    public static class Queries
    {
        public static string Ping() => "pong";

        public static string Echo([ID] string id) => id;
    }

    [QueryType]
    public static class DateIdQueries
    {
        public static string At([ID] DateTime id) => id.ToString("O");
    }

    [Node]
    public sealed record Orphan(int Id);

    [Node]
    public sealed record Nameless(string Name)
    {
        [NodeResolver]
        public static Nameless Get(string name) => new(name);
    }

    [Node]
    public sealed record TwoIds(int Id)
    {
        [NodeResolver]
        public static TwoIds Get(int id, int other) => new(id + other);
    }

    [Node]
    public sealed record DateId(DateTime Id)
    {
        [NodeResolver]
        public static DateId Get(DateTime id) => new(id);
    }

    [Node]
    public sealed record TwoResolvers(int Id)
    {
        [NodeResolver]
        public static TwoResolvers Get(int id) => new(id);

        [NodeResolver]
        public static TwoResolvers Find(int id) => new(id);
    }
}
