using GraphQL.Language;
using GraphQL.Types;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;

namespace GraphQL.Tests.CodeFirst;

public sealed class InputObjectTests
{
    private static readonly Schema Schema = BuildSchema(b => b.AddQueryType(typeof(InputQuery)));

    [Fact]
    public void Record_parameters_and_settable_properties_become_fields_bound_to_the_CLR_type()
    {
        var type = Schema.GetType<InputObjectType>("NewPostInput");

        Assert.Equal(["title", "tags", "location", "visibility", "authorId", "score", "note"], type.Fields.Select(f => f.Name));
        Assert.Equal(typeof(NewPost), type.RuntimeType);
        Assert.Equal("Title", type.Fields["title"].RuntimeName);
        Assert.Equal("Note", type.Fields["note"].RuntimeName);
    }

    [Fact]
    public void Field_types_follow_nullability_ids_and_nesting()
    {
        var type = Schema.GetType<InputObjectType>("NewPostInput");

        Assert.Equal("String!", type.Fields["title"].Type.Print());
        Assert.Equal("[String!]!", type.Fields["tags"].Type.Print());
        Assert.Equal("LocationInput", type.Fields["location"].Type.Print());
        Assert.Equal("ID!", type.Fields["authorId"].Type.Print());
        Assert.Equal("String", type.Fields["note"].Type.Print());
        Assert.Equal("[[Float!]!]", Schema.GetType<InputObjectType>("LocationInput").Fields["corners"].Type.Print());
    }

    [Fact]
    public void Constructor_defaults_become_field_defaults()
    {
        var type = Schema.GetType<InputObjectType>("NewPostInput");

        Assert.Equal("PUBLIC", Assert.IsType<EnumValueNode>(type.Fields["visibility"].DefaultValue).Value);
        Assert.Equal("1.5", Assert.IsType<FloatValueNode>(type.Fields["score"].DefaultValue).Value);
        Assert.Null(type.Fields["location"].DefaultValue);
    }

    [Fact]
    public void CreateRuntimeValue_builds_the_record_converting_lists_ids_and_numbers()
    {
        var authorId = Guid.NewGuid();
        var location = new Location { Name = "Park", Corners = [[1.0, 2.0]] };
        var create = Schema.GetType<InputObjectType>("NewPostInput").CreateRuntimeValue!;

        var post = Assert.IsType<NewPost>(create(new Dictionary<string, object?>
        {
            ["title"] = "Hello",
            ["tags"] = new List<object?> { "a", "b" },
            ["location"] = location,
            ["visibility"] = Visibility.Friends,
            ["authorId"] = authorId.ToString(),
            ["score"] = 2.5,
            ["note"] = "set by a property",
        }));

        Assert.Equal("Hello", post.Title);
        Assert.Equal(["a", "b"], post.Tags);
        Assert.Same(location, post.Location);
        Assert.Equal(Visibility.Friends, post.Visibility);
        Assert.Equal(authorId, post.AuthorId);
        Assert.Equal(2.5f, post.Score);
        Assert.Equal("set by a property", post.Note);
    }

    [Fact]
    public void Fields_left_out_keep_the_CLR_defaults_and_property_initializers()
    {
        var create = Schema.GetType<InputObjectType>("LocationInput").CreateRuntimeValue!;

        var location = Assert.IsType<Location>(create(new Dictionary<string, object?> { ["corners"] = null }));

        Assert.Equal("somewhere", location.Name);
        Assert.Null(location.Corners);
    }

    [Fact]
    public void Nested_lists_of_input_objects_are_converted_element_by_element()
    {
        var create = Schema.GetType<InputObjectType>("LocationInput").CreateRuntimeValue!;

        var location = Assert.IsType<Location>(create(new Dictionary<string, object?>
        {
            ["corners"] = new List<object?> { new List<object?> { 1.0, 2.0 }, new List<object?> { 3.0 } },
        }));

        Assert.Equal([[1.0, 2.0], [3.0]], location.Corners!.Select(c => c.ToArray()));
    }

    [Fact]
    public void A_value_that_does_not_fit_the_CLR_type_is_a_client_error()
    {
        var create = Schema.GetType<InputObjectType>("NewPostInput").CreateRuntimeValue!;

        var error = Assert.ThrowsAny<GraphQL.Execution.GraphQLException>(() => create(new Dictionary<string, object?>
        {
            ["title"] = "t",
            ["tags"] = new List<object?>(),
            ["authorId"] = "not-a-guid",
        }));

        Assert.Equal("The value 'not-a-guid' cannot be converted to Guid.", error.Message);
        Assert.Equal(GraphQL.Execution.ErrorCodes.InvalidValue, error.Error.Code);
    }

    [Theory]
    [InlineData("query($post: NewPostInput!) { createPost(post: $post) }", "Variable \"$post\" has an invalid value {\"title\":\"t\",\"tags\":[],\"authorId\":\"nope\"}: The value 'nope' cannot be converted to Guid.")]
    [InlineData("{ createPost(post: { title: \"t\", tags: [], authorId: \"nope\" }) }", "Argument \"post\" of field \"Query.createPost\" has an invalid value {title: \"t\", tags: [], authorId: \"nope\"}: The value 'nope' cannot be converted to Guid.")]
    public async Task A_value_that_does_not_fit_the_CLR_type_is_a_coercion_error_of_the_variable_or_argument(string query, string message)
    {
        var variables = new Dictionary<string, object?>
        {
            ["post"] = new Dictionary<string, object?> { ["title"] = "t", ["tags"] = new List<object?>(), ["authorId"] = "nope" },
        };

        var result = Assert.IsType<GraphQL.Execution.ExecutionResult>(
            await new GraphQL.Execution.RequestExecutor(Schema).ExecuteAsync(new GraphQL.Execution.GraphQLRequest { Query = query, Variables = variables }));

        var error = Assert.Single(result.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(GraphQL.Execution.ErrorCodes.InvalidValue, error.Code);
    }

    [Fact]
    public void Interfaces_cannot_be_input_objects_and_collections_must_be_buildable_from_lists()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(BadInputQuery)));

        Assert.Equal(2, errors.Count);
        Assert.Contains(
            "The input field 'BadInput.shape' (from 'Bad.Shape') has the CLR type 'IShape', which cannot be a GraphQL input type: interfaces and abstract classes cannot be input objects.",
            errors);
        Assert.Contains(errors, e => e.StartsWith("The input field 'BadInput.tags' (from 'Bad.Tags') has the collection type 'HashSet<String>'", StringComparison.Ordinal));
    }

    public enum Visibility
    {
        Public,
        Friends,
    }

    public sealed record NewPost(
        string Title,
        IReadOnlyList<string> Tags,
        Location? Location = null,
        Visibility Visibility = Visibility.Public,
        [property: ID] Guid AuthorId = default,
        float Score = 1.5f)
    {
        public string? Note { get; set; }

        /// <summary>Read-only properties that no constructor parameter sets are not fields.</summary>
        public int TitleLength => Title.Length;
    }

    public sealed class Location
    {
        public string Name { get; init; } = "somewhere";

        public List<IEnumerable<double>>? Corners { get; set; }
    }

    public interface IShape
    {
        double Area { get; }
    }

    public sealed class Bad
    {
        public HashSet<string> Tags { get; set; } = [];

        public IShape? Shape { get; set; }
    }

    [QueryType]
    public static class InputQuery
    {
        public static string CreatePost(NewPost post) => post.Title;
    }

    [QueryType]
    public static class BadInputQuery
    {
        public static string Use(Bad bad) => "";
    }
}
