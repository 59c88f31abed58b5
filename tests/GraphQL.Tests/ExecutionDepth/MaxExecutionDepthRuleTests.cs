using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Tests.Introspection;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Tests.ExecutionDepth;

public class MaxExecutionDepthRuleTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { user: User pet: Pet }
        type User { name: String friend: User pets: [Pet!] }
        interface Pet { name: String owner: User }
        type Dog implements Pet { name: String owner: User }
        """).Build();

    private static IReadOnlyList<GraphQLError> Validate(string query, int? maxDepth, bool skipIntrospection = false) =>
        DocumentValidator.Validate(Schema, Parser.Parse(query), new ValidationOptions
        {
            MaxAllowedExecutionDepth = maxDepth,
            SkipIntrospectionFields = skipIntrospection,
        });

    [Fact]
    public void Accepts_an_operation_exactly_as_deep_as_allowed()
    {
        Assert.Empty(Validate("{ user { friend { name } } }", maxDepth: 3));
    }

    [Fact]
    public void Refuses_a_deeper_operation_with_HotChocolates_message_and_extensions()
    {
        var error = Assert.Single(Validate("query Deep {\n  user { friend { friend { name } } }\n}", maxDepth: 3));

        Assert.Equal("The GraphQL document has an execution depth of 4 which exceeds the max allowed execution depth of 3.", error.Message);
        Assert.Equal(ValidationErrorCodes.ValidationFailed, error.Code);
        Assert.Equal(3, error.Extensions!["allowedExecutionDepth"]);
        Assert.Equal(4, error.Extensions["detectedExecutionDepth"]);
        var location = Assert.Single(error.Locations!);
        Assert.Equal((1, 1), (location.Line, location.Column));
    }

    [Fact]
    public void Counts_fields_inside_fragments_and_inline_fragments_but_not_the_fragments()
    {
        const string query = """
            { pet { ... on Dog { owner { ...Friendly } } } }
            fragment Friendly on User { friend { name } }
            """;

        Assert.Empty(Validate(query, maxDepth: 4));
        var error = Assert.Single(Validate(query, maxDepth: 3));
        Assert.Equal(4, error.Extensions!["detectedExecutionDepth"]);
    }

    [Fact]
    public void Measures_nested_fragment_spreads_through_every_level()
    {
        const string query = """
            { user { ...A } }
            fragment A on User { friend { ...B } }
            fragment B on User { friend { ...C } name }
            fragment C on User { pets { owner { name } } }
            """;

        var error = Assert.Single(Validate(query, maxDepth: 5));

        Assert.Equal(6, error.Extensions!["detectedExecutionDepth"]);
    }

    [Fact]
    public void A_fragment_used_at_several_depths_counts_from_where_it_is_deepest()
    {
        const string query = """
            { name: user { ...N } user { friend { friend { ...N } } } }
            fragment N on User { friend { name } }
            """;

        var error = Assert.Single(Validate(query, maxDepth: 4));

        Assert.Equal(5, error.Extensions!["detectedExecutionDepth"]);
    }

    [Fact]
    public void Fragment_cycles_are_left_to_the_cycle_rule_and_do_not_hang()
    {
        var errors = Validate("{ user { ...A } } fragment A on User { friend { ...A } }", maxDepth: 10);

        Assert.Contains(errors, error => error.Message.Contains("\"A\"", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, error => error.Extensions?.ContainsKey("detectedExecutionDepth") == true);
    }

    [Fact]
    public void Each_operation_is_measured_on_its_own()
    {
        var error = Assert.Single(Validate("query Flat { user { name } } query Deep { user { friend { name } } }", maxDepth: 2));

        Assert.Equal(30, Assert.Single(error.Locations!).Column);
        Assert.Equal(3, error.Extensions!["detectedExecutionDepth"]);
    }

    [Fact]
    public void Introspection_fields_count_unless_skipped()
    {
        const string query = "{ __schema { types { fields { type { name } } } } }";

        Assert.Single(Validate(query, maxDepth: 3));
        Assert.Empty(Validate(query, maxDepth: 1, skipIntrospection: true));
        Assert.Empty(Validate("{ __typename user { __typename } }", maxDepth: 1, skipIntrospection: true));
    }

    [Fact]
    public void Null_switches_the_limit_off()
    {
        Assert.Empty(Validate("{ user { friend { friend { friend { friend { name } } } } } }", maxDepth: null));
    }

    [Fact]
    public void The_option_refuses_a_limit_below_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ValidationOptions { MaxAllowedExecutionDepth = 0 });
    }

    [Theory]
    [InlineData("Introspection/IntrospectionQuery.graphql", 15)]
    [InlineData("ExecutionDepth/BananaCakePopIntrospectionQuery.graphql", 11)]
    public async Task The_full_introspection_queries_of_graphql_js_and_Banana_Cake_Pop_pass_under_the_defaults(string file, int depth)
    {
        var query = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "GraphQL.Tests", file));

        var result = await IntrospectionExecution.ExecuteAsync(ReferenceSchema.Build(), query);

        Assert.True(result.Errors.Count == 0, result.ToJson());
        Assert.True(depth <= ValidationOptions.DefaultMaxAllowedExecutionDepth);
        var error = Assert.Single(Validate(query, maxDepth: depth - 1));
        Assert.Equal(depth, error.Extensions!["detectedExecutionDepth"]);
    }

    [Fact]
    public async Task The_executor_refuses_a_too_deep_operation_before_running_it()
    {
        var executor = new RequestExecutor(Schema, new ExecutionOptions { Validation = new ValidationOptions { MaxAllowedExecutionDepth = 2 } });

        var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest { Query = "{ user { friend { name } } }" });

        Assert.False(result.HasData);
        Assert.Equal(3, Assert.Single(result.Errors).Extensions!["detectedExecutionDepth"]);
    }
}
