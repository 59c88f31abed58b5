using GraphQL.Execution;
using GraphQL.Introspection;
using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Tests.Introspection;

public class IntrospectionNotAllowedRuleTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { user: User } type User { name: String }").Build();

    [Fact]
    public void Rejects_schema_with_HotChocolate_error()
    {
        var errors = Validate("{\n  __schema { description }\n}");

        var error = Assert.Single(errors);
        Assert.Equal("Introspection is not allowed for the current request.", error.Message);
        Assert.Equal("HC0046", error.Code);
        Assert.Equal("__schema", error.Extensions!["field"]);
        var location = Assert.Single(error.Locations!);
        Assert.Equal((2, 3), (location.Line, location.Column));
    }

    [Fact]
    public void Rejects_type()
    {
        var error = Assert.Single(Validate("""{ __type(name: "User") { name } }"""));

        Assert.Equal("HC0046", error.Code);
        Assert.Equal("__type", error.Extensions!["field"]);
    }

    [Fact]
    public void Rejects_introspection_in_fragments_and_under_aliases()
    {
        var errors = Validate("""
            query { ...Meta ... on Query { t: __type(name: "Query") { name } } }
            fragment Meta on Query { s: __schema { description } }
            """);

        Assert.Equal(["__type", "__schema"], errors.Select(e => e.Extensions!["field"]));
    }

    [Fact]
    public void Allows_typename_and_ordinary_fields()
    {
        Assert.Empty(Validate("{ __typename user { __typename name } }"));
    }

    [Fact]
    public void Reports_a_custom_message()
    {
        var rule = new IntrospectionNotAllowedRule("Download the schema from /graphql/schema.graphql instead.");

        var error = Assert.Single(Validate("{ __schema { description } }", rule));

        Assert.Equal("Download the schema from /graphql/schema.graphql instead.", error.Message);
        Assert.Equal("HC0046", error.Code);
    }

    [Fact]
    public async Task Executor_with_introspection_off_answers_with_the_error_and_no_data()
    {
        var options = new ExecutionOptions { EnableIntrospection = false, Validation = new ValidationOptions { MaxErrors = 7 } };

        var result = await IntrospectionExecution.ExecuteAsync(Schema, "{ __schema { description } }", options);

        Assert.False(result.HasData);
        Assert.Equal("HC0046", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Executor_with_introspection_off_still_answers_typename()
    {
        var options = new ExecutionOptions { EnableIntrospection = false };

        var result = await IntrospectionExecution.ExecuteAsync(Schema, "{ __typename }", options);

        Assert.Empty(result.Errors);
        Assert.Equal("{\"data\":{\"__typename\":\"Query\"}}", result.ToJson());
    }

    private static IReadOnlyList<GraphQLError> Validate(string query, IntrospectionNotAllowedRule? rule = null) =>
        DocumentValidator.Validate(
            Schema,
            Parser.Parse(query),
            new ValidationOptions { AdditionalRules = { rule ?? IntrospectionNotAllowedRule.Instance } });
}
