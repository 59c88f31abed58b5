using GraphQL.Types;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;

namespace GraphQL.Tests.CodeFirst;

public sealed class NamingConventionTests
{
    [Fact]
    public void Methods_lose_Get_and_Async_and_are_camel_cased()
    {
        var schema = BuildSchema(b => b.AddQueryType(typeof(NamingQuery)));

        Assert.Equal(["userById", "profile", "urlPath", "renamed", "search"], schema.FieldNames("Query"));
    }

    [Fact]
    public void Parameters_become_camel_cased_arguments_unless_renamed()
    {
        var schema = BuildSchema(b => b.AddQueryType(typeof(NamingQuery)));

        Assert.Equal(["first", "userName"], schema.Field("Query", "search").Arguments.Select(a => a.Name));
    }

    [Fact]
    public void Properties_and_methods_of_entities_become_fields_properties_first()
    {
        var schema = BuildSchema(b => b.AddQueryType(typeof(NamingQuery)));

        Assert.Equal(["displayName", "htmlBody", "fullName"], schema.FieldNames("UserAccount"));
    }

    [Fact]
    public void Types_are_named_after_classes_interfaces_lose_their_I_and_generics_prefix_their_arguments()
    {
        var schema = BuildSchema(b => b.AddQueryType(typeof(TypeNamesQuery)).AddType<Cow>());

        Assert.Equal("Animal!", schema.FieldType("Query", "animal"));
        Assert.Equal("UserAccountEdge!", schema.FieldType("Query", "edge"));
        Assert.Equal("Person!", schema.FieldType("Query", "human"));
        Assert.Equal("Identity!", schema.FieldType("Query", "identity"));
    }

    [Fact]
    public void Input_objects_get_the_Input_suffix_once()
    {
        var schema = BuildSchema(b => b.AddQueryType(typeof(TypeNamesQuery)).AddType<Cow>());

        Assert.Equal("FilterInput!", schema.Argument("Query", "count", "filter").Type.Print());
        Assert.Equal("SortInput!", schema.Argument("Query", "count", "sort").Type.Print());
    }

    [QueryType]
    public static class NamingQuery
    {
        public static UserAccount GetUserById(int id) => new();

        public static Task<string> GetProfileAsync() => Task.FromResult("");

        public static string GetURLPath() => "";

        [GraphQLName("renamed")]
        public static string Original() => "";

        public static string Search([GraphQLName("first")] int count, string userName) => "";
    }

    public sealed class UserAccount
    {
        public string DisplayName => "";

        public string HTMLBody => "";

        public string GetFullName() => "";
    }

    public interface IAnimal
    {
        string Name { get; }
    }

    public sealed class Cow : IAnimal
    {
        public string Name => "Bella";
    }

    public sealed class Edge<T>(T node)
    {
        public T Node { get; } = node;
    }

    [GraphQLName("Person")]
    public sealed class Human
    {
        public string Name => "";
    }

    /// <summary>An interface whose name does not start with an I-prefix keeps its name.</summary>
    public interface Identity
    {
        string Id { get; }
    }

    public sealed class Passport : Identity
    {
        public string Id => "";
    }

    public sealed record Filter(string Text);

    public sealed record SortInput(string Field);

    [QueryType]
    public static class TypeNamesQuery
    {
        public static IAnimal Animal() => new Cow();

        public static Edge<UserAccount> Edge() => new(new UserAccount());

        public static Human Human() => new();

        public static Identity Identity() => new Passport();

        public static int Count(Filter filter, SortInput sort) => 0;
    }
}
