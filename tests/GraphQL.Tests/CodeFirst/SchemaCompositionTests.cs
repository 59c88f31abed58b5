using GraphQL.Language;
using GraphQL.Types;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;

namespace GraphQL.Tests.CodeFirst;

/// <summary>Merging root classes and extensions, scanning, default values, and overriding inferred types.</summary>
public sealed class SchemaCompositionTests
{
    [Fact]
    public void Several_QueryType_classes_merge_into_one_Query_type_in_registration_order()
    {
        var schema = BuildSchema(b => b.AddQueryType(typeof(UserQueries)).AddQueryType(typeof(PostQueries)));

        Assert.Equal(["me", "posts"], schema.FieldNames("Query"));
        Assert.Null(schema.MutationType);
        Assert.Null(schema.SubscriptionType);
    }

    [Fact]
    public void AddType_routes_root_classes_by_their_attribute_and_ignores_repeats()
    {
        var schema = BuildSchema(b => b
            .AddType(typeof(UserQueries))
            .AddType(typeof(UserQueries))
            .AddType(typeof(PostMutations))
            .AddMutationType(typeof(PostMutations)));

        Assert.Equal(["me"], schema.FieldNames("Query"));
        Assert.Equal(["createPost"], schema.FieldNames("Mutation"));
    }

    [Fact]
    public void ObjectType_extensions_add_fields_after_the_entity_own_members()
    {
        var schema = BuildSchema(b => b.AddQueryType(typeof(PostQueries)).AddType(typeof(PostExtensions)));

        Assert.Equal(["title", "wordCount", "author"], schema.FieldNames("Post"));
        Assert.Equal("User!", schema.FieldType("Post", "author"));
    }

    [Fact]
    public void Scanning_finds_every_marked_class()
    {
        var schema = BuildSchema(b => b.AddTypes([typeof(UserQueries), typeof(PostQueries), typeof(PostMutations), typeof(PostExtensions), typeof(Post), typeof(CodeFirstTestExtensions)]));

        Assert.Equal(["me", "posts"], schema.FieldNames("Query"));
        Assert.Equal(["createPost"], schema.FieldNames("Mutation"));
        Assert.Contains("author", schema.FieldNames("Post"));
    }

    [Fact]
    public void Scanning_an_assembly_without_marked_classes_adds_nothing()
    {
        var schema = BuildSchema(b => b.AddQueryType(typeof(UserQueries)).AddTypesFromAssembly(typeof(object).Assembly));

        Assert.Equal(["Query", "User"], schema.Types.Where(t => t is ObjectType && !t.Name.StartsWith("__", StringComparison.Ordinal)).Select(t => t.Name));
    }

    [Fact]
    public void Optional_parameters_give_arguments_default_values_except_null()
    {
        var schema = BuildSchema(b => b.AddQueryType(typeof(PostQueries)));
        var posts = schema.Field("Query", "posts");

        Assert.Equal("10", Assert.IsType<IntValueNode>(posts.Arguments["take"].DefaultValue).Value);
        Assert.Equal("Int!", posts.Arguments["take"].Type.Print());
        Assert.Equal("NEWEST", Assert.IsType<EnumValueNode>(posts.Arguments["order"].DefaultValue).Value);
        Assert.Equal("recent", Assert.IsType<StringValueNode>(posts.Arguments["tag"].DefaultValue).Value);
        Assert.Null(posts.Arguments["author"].DefaultValue);
    }

    [Fact]
    public void ID_makes_fields_and_arguments_IDs_keeping_their_shape()
    {
        var schema = BuildSchema(b => b.AddQueryType(typeof(OverrideQuery)));

        Assert.Equal("ID!", schema.FieldType("Query", "id"));
        Assert.Equal("[ID!]", schema.Argument("Query", "id", "others").Type.Print());
    }

    [Fact]
    public void GraphQLType_replaces_the_inferred_type_with_SDL_or_the_named_type_of_a_CLR_type()
    {
        var schema = BuildSchema(b => b.AddQueryType(typeof(OverrideQuery)).AddType<Gadget>());

        Assert.Equal("[Long!]", schema.FieldType("Query", "big"));
        Assert.Equal("[Device!]!", schema.FieldType("Query", "devices"));
        Assert.Equal("GadgetSpecInput", schema.Argument("Query", "big", "sample").Type.Print());
        Assert.Equal("Int!", schema.FieldType("Query", "counted"));
        Assert.Equal("5", Assert.IsType<IntValueNode>(schema.Argument("Query", "big", "limit").DefaultValue).Value);
    }

    [Fact]
    public void BindScalar_and_AddScalar_map_CLR_types_to_custom_scalars()
    {
        var email = new EmailScalar();
        var schema = BuildSchema(b => b.AddQueryType(typeof(ScalarQuery)).AddScalar(email).BindScalar<int>(BuiltInScalars.Long));

        Assert.Equal("Email!", schema.FieldType("Query", "contact"));
        Assert.Equal("Long!", schema.FieldType("Query", "count"));
        Assert.Equal("String!", schema.FieldType("Query", "text"));
        Assert.Same(email, schema.FindType("Email"));
    }

    [Fact]
    public void AddDirective_adds_custom_directives()
    {
        var directive = new DirectiveDefinition("cached") { Locations = { DirectiveLocation.FieldDefinition } };

        var schema = BuildSchema(b => b.AddQueryType(typeof(UserQueries)).AddDirective(directive));

        Assert.Same(directive, schema.FindDirective("cached"));
    }

    public sealed class User
    {
        public string Name => "Ann";
    }

    public sealed class Post
    {
        public string Title => "Hello";

        public int WordCount() => 1;
    }

    public enum PostOrder
    {
        Oldest,
        Newest,
    }

    [QueryType]
    public static class UserQueries
    {
        public static User Me() => new();
    }

    [QueryType]
    public static class PostQueries
    {
        public static Post[] GetPosts(int take = 10, PostOrder order = PostOrder.Newest, string tag = "recent", string? author = null) => [];
    }

    [MutationType]
    public static class PostMutations
    {
        public static Post CreatePost(string title) => new();
    }

    [ObjectType<Post>]
    public static class PostExtensions
    {
        public static User GetAuthor([Parent] Post post) => new();
    }

    public interface IDevice
    {
        string Name { get; }
    }

    public sealed class Gadget : IDevice
    {
        public string Name => "phone";
    }

    public sealed record GadgetSpec(string Name);

    [QueryType]
    public static class OverrideQuery
    {
        [ID]
        public static Guid Id([ID] IEnumerable<int>? others) => Guid.Empty;

        [GraphQLType("[Long!]")]
        public static object? Big([GraphQLType(typeof(GadgetSpec))] object? sample, [GraphQLType("Int!")] int limit = 5) => null;

        [GraphQLType(typeof(IDevice))]
        public static List<Gadget> Devices() => [];

        [GraphQLType(typeof(IntType))]
        public static long Counted() => 0;
    }

    public sealed class EmailScalar() : ScalarType("Email")
    {
        public override Type RuntimeType => typeof(EmailAddress);

        public override object Serialize(object value) => value.ToString()!;

        public override object ParseValue(object value) => new EmailAddress((string)value);

        public override object ParseLiteral(IValueNode literal) => new EmailAddress(((StringValueNode)literal).Value);

        public override IValueNode ValueToLiteral(object value) => new StringValueNode(value.ToString()!);
    }

    public sealed record EmailAddress(string Value);

    [QueryType]
    public static class ScalarQuery
    {
        public static EmailAddress Contact() => new("ann@example.com");

        public static int Count() => 0;

        public static string Text() => "";
    }
}
