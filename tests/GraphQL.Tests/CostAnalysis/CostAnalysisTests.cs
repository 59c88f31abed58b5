using System.Text.Json;
using GraphQL.CostAnalysis;
using GraphQL.Execution;
using GraphQL.Tests.Introspection;
using GraphQL.Types;

namespace GraphQL.Tests.CostAnalysis;

public class CostAnalysisTests
{
    private const string Sdl = """
        type Query {
          books(first: Int, last: Int): BookConnection
            @listSize(assumedSize: 50, slicingArguments: ["first", "last"], sizedFields: ["nodes", "edges"], requireOneSlicingArgument: false)
            @cost(weight: "10")
          authors(limit: Int): [Author!]! @listSize(slicingArguments: ["limit"])
          related: [Book!]!
          search: [SearchResult!]! @listSize(assumedSize: 5)
          expensive(flag: Boolean @cost(weight: "7")): Int @cost(weight: "3")
          tags: [String!]!
        }
        type Mutation { addBook(title: String): Book @cost(weight: "10") }
        type BookConnection { nodes: [Book!]! edges: [BookEdge!]! }
        type BookEdge { node: Book! }
        type Book { title: String author: Author }
        type Author {
          name: String
          books(first: Int): BookConnection @listSize(assumedSize: 20, slicingArguments: ["first"], sizedFields: ["nodes"], requireOneSlicingArgument: false)
        }
        union SearchResult = Book | Author
        """;

    private static int _resolved;

    private static readonly Schema Schema = SchemaBuilder.FromSdl(Sdl)
        .BindResolver("Query", "related", _ =>
        {
            Interlocked.Increment(ref _resolved);
            return new ValueTask<object?>(Array.Empty<object>());
        })
        .Build();

    private static async Task<ExecutionResult> ExecuteAsync(
        string query, CostReporting reporting = CostReporting.Validate, string? variables = null, CostOptions? cost = null)
    {
        var executor = new RequestExecutor(Schema, new ExecutionOptions { Cost = cost ?? new CostOptions() });
        return (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            Variables = variables is null ? null : JsonInput.ParseObject(variables),
            CostReporting = reporting,
        });
    }

    private static async Task<(double Field, double Type)> CostAsync(string query, string? variables = null)
    {
        var result = await ExecuteAsync(query, CostReporting.Validate, variables);
        Assert.True(result.Errors.Count == 0, result.ToJson());
        var cost = JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("extensions").GetProperty("operationCost");
        return (cost.GetProperty("fieldCost").GetDouble(), cost.GetProperty("typeCost").GetDouble());
    }

    [Fact]
    public async Task A_connection_costs_its_weight_and_its_sized_nodes_times_the_slicing_argument()
    {
        // HotChocolate's documented example: field cost 11, type cost 5.
        Assert.Equal((11, 5), await CostAsync("{ books(first: 3) { nodes { title } } }"));
    }

    [Fact]
    public async Task Slicing_arguments_come_from_variables_and_the_largest_one_counts()
    {
        const string query = "query($n: Int, $m: Int) { books(first: $n, last: $m) { nodes { title } } }";

        Assert.Equal((11, 9), await CostAsync(query, """{ "n": 7 }"""));
        Assert.Equal((11, 22), await CostAsync(query, """{ "n": 7, "m": 20 }"""));
        Assert.Equal((11, 52), await CostAsync(query, "{}"));
        Assert.Equal((11, 2), await CostAsync(query, """{ "n": -4 }"""));
    }

    [Fact]
    public async Task Lists_multiply_what_they_select_and_nested_connections_multiply_again()
    {
        // books 10 + nodes (1 + 2 × (author 1 + Author.books 1 + nodes 1)); types: Query, connection, 2 × (Book, Author, connection, 4 books).
        Assert.Equal((17, 16), await CostAsync("{ books(first: 2) { nodes { author { books(first: 4) { nodes { title } } } } } }"));
    }

    [Fact]
    public async Task Sized_fields_of_the_connection_get_its_size_edges_as_well_as_nodes()
    {
        Assert.Equal((14, 8), await CostAsync("{ books(first: 3) { edges { node { title } } } }"));
    }

    [Fact]
    public async Task A_list_without_listSize_gets_the_default_list_size()
    {
        Assert.Equal((1, 1 + CostOptions.DefaultDefaultListSize), await CostAsync("{ related { title } }"));
    }

    [Fact]
    public async Task Lists_of_leaves_and_leaves_add_no_type_cost()
    {
        Assert.Equal((0, 1), await CostAsync("{ tags }"));
    }

    [Fact]
    public async Task Argument_weights_count_only_when_the_argument_is_given()
    {
        Assert.Equal((10, 1), await CostAsync("{ expensive(flag: true) }"));
        Assert.Equal((3, 1), await CostAsync("{ expensive }"));
    }

    [Fact]
    public async Task Fragments_on_an_abstract_type_cost_as_the_most_expensive_possible_type()
    {
        const string query = "{ search { ... on Book { title author { name } } ... on Author { name } } }";

        // search 1 + 5 × max(Book: author 1, Author: 0); types 1 + 5 × max(Book + Author, Author).
        Assert.Equal((6, 11), await CostAsync(query));
    }

    [Fact]
    public async Task Fields_merged_from_fragments_are_counted_once()
    {
        const string query = """
            { books(first: 3) { nodes { title ...A ...A } } }
            fragment A on Book { title author { name } }
            """;

        Assert.Equal((14, 8), await CostAsync(query));
    }

    [Fact]
    public async Task Skipped_fields_cost_nothing()
    {
        const string query = "query($skip: Boolean!) { related @skip(if: $skip) { title } tags }";

        Assert.Equal((0, 1), await CostAsync(query, """{ "skip": true }"""));
        Assert.Equal((1, 11), await CostAsync(query, """{ "skip": false }"""));
    }

    [Fact]
    public async Task A_field_that_requires_one_slicing_argument_refuses_none_and_several()
    {
        Assert.Equal((1, 4), await CostAsync("{ authors(limit: 3) { name } }"));

        var result = await ExecuteAsync("{ authors { name } }", CostReporting.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.SlicingArgumentRequired, error.Code);
        Assert.StartsWith("Exactly one slicing argument must be defined", error.Message);
        Assert.Equal(3, Assert.Single(error.Locations!).Column);
        Assert.False(result.HasData);
        var fromNullVariable = await ExecuteAsync("query($l: Int) { authors(limit: $l) { name } }", CostReporting.None, """{ "l": null }""");
        Assert.Equal(ErrorCodes.SlicingArgumentRequired, Assert.Single(fromNullVariable.Errors).Code);
    }

    [Fact]
    public async Task Mutations_are_priced_like_queries()
    {
        Assert.Equal((10, 2), await CostAsync("mutation { addBook(title: \"Dune\") { title } }"));

        var refused = await ExecuteAsync("mutation { addBook(title: \"Dune\") { title } }", CostReporting.None, cost: new CostOptions { MaxFieldCost = 9 });

        Assert.Equal(ErrorCodes.MaxCostExceeded, Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task An_operation_over_the_field_cost_is_refused_with_HotChocolates_error_and_nothing_runs()
    {
        var before = Volatile.Read(ref _resolved);

        var result = await ExecuteAsync("{ related { title } books(first: 50) { nodes { author { name } } } }", CostReporting.None, cost: new CostOptions { MaxFieldCost = 50 });

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.Equal("The maximum allowed field cost was exceeded.", error.Message);
        Assert.Equal("HC0047", error.Code);
        Assert.Equal(62d, error.Extensions!["fieldCost"]);
        Assert.Equal(50d, error.Extensions["maxFieldCost"]);
        Assert.Null(result.Extensions);
        Assert.Equal(before, Volatile.Read(ref _resolved));
    }

    [Fact]
    public async Task An_operation_over_the_type_cost_is_refused_and_report_mode_adds_the_cost()
    {
        var result = await ExecuteAsync("{ books(first: 40) { nodes { title } } }", CostReporting.Report, cost: new CostOptions { MaxTypeCost = 30 });

        var error = Assert.Single(result.Errors);
        Assert.Equal("The maximum allowed type cost was exceeded.", error.Message);
        Assert.Equal(42d, error.Extensions!["typeCost"]);
        Assert.Equal(30d, error.Extensions["maxTypeCost"]);
        Assert.Contains("\"extensions\":{\"operationCost\":{\"fieldCost\":11,\"typeCost\":42}}", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_mode_reports_the_cost_even_over_the_limits_and_runs_nothing()
    {
        var before = Volatile.Read(ref _resolved);

        var result = await ExecuteAsync("{ related { title } }", CostReporting.Validate, cost: new CostOptions { MaxTypeCost = 2 });

        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":1,"typeCost":11}}}""", result.ToJson());
        Assert.Equal(before, Volatile.Read(ref _resolved));
    }

    [Fact]
    public async Task Report_mode_adds_the_cost_to_an_executed_result()
    {
        var result = await ExecuteAsync("{ related { title } }", CostReporting.Report);

        Assert.Equal("""{"data":{"related":[]},"extensions":{"operationCost":{"fieldCost":1,"typeCost":11}}}""", result.ToJson());
    }

    [Fact]
    public async Task Limits_are_not_enforced_when_switched_off()
    {
        var result = await ExecuteAsync("{ related { title } }", CostReporting.None, cost: new CostOptions { MaxTypeCost = 1, EnforceCostLimits = false });

        Assert.Empty(result.Errors);
        Assert.True(result.HasData);
    }

    [Fact]
    public async Task Introspection_costs_nothing_so_the_full_introspection_query_passes_the_default_limits()
    {
        var result = await IntrospectionExecution.ExecuteAsync(ReferenceSchema.Build(), RepositoryFiles.IntrospectionQuery);

        Assert.True(result.Errors.Count == 0, result.ToJson());
        Assert.Equal((0, 1), await CostAsync("{ __schema { types { name fields { name } } } __typename }"));
    }

    [Fact]
    public void The_options_refuse_limits_that_are_not_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CostOptions { MaxFieldCost = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CostOptions { MaxTypeCost = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new CostOptions { DefaultListSize = -1 });
    }
}
