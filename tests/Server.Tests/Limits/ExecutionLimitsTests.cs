using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphApi.Server.Api;
using GraphApi.Server.Tests.Infrastructure;
using GraphApi.Testing;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Server.Tests.Limits;

/// <summary>
/// The engine's limits over real HTTP: the operation cost and execution depth limits refuse before anything runs, and
/// every engine limit is a setting under <c>GraphQL:Execution</c> that changes what the server does.
/// </summary>
public sealed class ExecutionLimitsTests(ApiServerFixture api) : IClassFixture<ApiServerFixture>
{
    /// <summary>Four nested pages of 50: millions of rows if it ran.</summary>
    private const string ExpensiveQuery = """
        { feed(first: 50) { nodes { author { followers(first: 50) { nodes { followers(first: 50) { nodes {
          posts(first: 50) { nodes { text } } } } } } } } } }
        """;

    private const string CheapQuery = """{ userByHandle(handle: "nobody") { handle } }""";

    [Fact]
    public async Task The_expensive_query_is_refused_with_400_and_HC0047_and_runs_no_SQL()
    {
        var counter = new SqlStatementCounter();
        await using var server = await ApiServer.StartAsync(api.Database.ConnectionString, services => counter.AddTo(services));
        HttpResponseMessage? response = null;

        var statements = await counter.MeasureAsync(async () => response = await PostAsync(server, ExpensiveQuery, "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.BadRequest, response!.StatusCode);
        var body = await BodyAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("The maximum allowed field cost was exceeded.", error.GetProperty("message").GetString());
        Assert.Equal("HC0047", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(error.GetProperty("extensions").GetProperty("fieldCost").GetDouble() > 1_000_000);
        Assert.Equal(GraphQLRegistration.MaxOperationCost, error.GetProperty("extensions").GetProperty("maxFieldCost").GetDouble());
        Assert.Empty(statements);
    }

    [Fact]
    public async Task With_application_json_the_refusal_is_200()
    {
        using var response = await PostAsync(api.Server, ExpensiveQuery, "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("HC0047", Code(await BodyAsync(response)));
    }

    [Fact]
    public async Task The_GraphQL_Cost_header_reports_or_validates_the_cost()
    {
        using var validated = await PostAsync(api.Server, ExpensiveQuery, "application/graphql-response+json", cost: "validate");
        using var reported = await PostAsync(api.Server, CheapQuery, "application/graphql-response+json", cost: "report");

        Assert.Equal(HttpStatusCode.OK, validated.StatusCode);
        var validation = await BodyAsync(validated);
        Assert.False(validation.TryGetProperty("errors", out _));
        Assert.False(validation.TryGetProperty("data", out _));
        Assert.True(validation.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble() > 1_000_000);
        var report = await BodyAsync(reported);
        Assert.Equal(JsonValueKind.Null, report.GetProperty("data").GetProperty("userByHandle").ValueKind);
        Assert.Equal(10, report.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble());
        Assert.Equal(2, report.GetProperty("extensions").GetProperty("operationCost").GetProperty("typeCost").GetDouble());
    }

    [Fact]
    public async Task MaxFieldCost_and_MaxTypeCost_are_settings()
    {
        await using var server = await ApiServer.StartAsync(
            api.Database.ConnectionString, "--GraphQL:Execution:Cost:MaxFieldCost=5", "--GraphQL:Execution:Cost:MaxTypeCost=1");

        var refused = await server.QueryAsync(CheapQuery);
        var accepted = await api.Server.QueryAsync(CheapQuery);

        Assert.Equal("HC0047", Code(refused));
        Assert.Equal(5, refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("maxFieldCost").GetDouble());
        Assert.False(accepted.TryGetProperty("errors", out _), accepted.ToString());
        Assert.Equal(1, server.Services.GetRequiredService<RequestExecutor>().Options.Cost.MaxTypeCost);
    }

    [Fact]
    public async Task MaxAllowedExecutionDepth_is_a_setting()
    {
        await using var server = await ApiServer.StartAsync(api.Database.ConnectionString, "--GraphQL:Execution:Validation:MaxAllowedExecutionDepth=2");
        const string query = """{ userByHandle(handle: "nobody") { profile { displayName } } }""";

        var refused = await server.QueryAsync(query);
        var accepted = await api.Server.QueryAsync(query);

        var extensions = refused.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal(2, extensions.GetProperty("allowedExecutionDepth").GetInt32());
        Assert.Equal(3, extensions.GetProperty("detectedExecutionDepth").GetInt32());
        Assert.False(accepted.TryGetProperty("errors", out _), accepted.ToString());
    }

    [Fact]
    public async Task The_parser_limits_are_settings()
    {
        await using var server = await ApiServer.StartAsync(
            api.Database.ConnectionString, "--GraphQL:Execution:Parser:MaxTokens=5", "--GraphQL:Execution:Parser:MaxDepth=3");

        var tooManyTokens = await server.QueryAsync(CheapQuery);

        Assert.Equal("HC0011", Code(tooManyTokens));
        Assert.Contains("5", tooManyTokens.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, server.Services.GetRequiredService<RequestExecutor>().Options.Parser!.MaxDepth);
    }

    [Fact]
    public async Task The_validation_limits_are_settings()
    {
        await using var server = await ApiServer.StartAsync(
            api.Database.ConnectionString, "--GraphQL:Execution:Validation:MaxErrors=1", "--GraphQL:Execution:Validation:MaxFieldComparisons=1");

        var tooManyErrors = await server.QueryAsync("{ a b c }");
        var tooManyComparisons = await server.QueryAsync("""{ u: userByHandle(handle: "a") { handle } u: userByHandle(handle: "a") { handle handle } }""");
        var compared = await api.Server.QueryAsync("""{ u: userByHandle(handle: "a") { handle } u: userByHandle(handle: "a") { handle handle } }""");

        Assert.Equal(2, tooManyErrors.GetProperty("errors").GetArrayLength());
        Assert.StartsWith("Validation was aborted", tooManyErrors.GetProperty("errors")[1].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("needs more than 1 comparisons", tooManyComparisons.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(compared.TryGetProperty("errors", out _), compared.ToString());
    }

    [Fact]
    public async Task SkipIntrospectionFields_is_a_setting()
    {
        await using var server = await ApiServer.StartAsync(
            api.Database.ConnectionString,
            "--GraphQL:Execution:Validation:MaxAllowedExecutionDepth=2",
            "--GraphQL:Execution:Validation:SkipIntrospectionFields=true");
        const string query = "{ __schema { types { fields { name } } } }";

        var skipped = await server.QueryAsync(query);

        Assert.False(skipped.TryGetProperty("errors", out _), skipped.ToString());
        Assert.True(server.Services.GetRequiredService<RequestExecutor>().Options.Validation!.SkipIntrospectionFields);
    }

    [Fact]
    public async Task EnforceCostLimits_and_DefaultListSize_are_settings()
    {
        await using var server = await ApiServer.StartAsync(
            api.Database.ConnectionString, "--GraphQL:Execution:Cost:EnforceCostLimits=false", "--GraphQL:Execution:Cost:DefaultListSize=3");
        const string mentions = """{ post(id: "UG9zdDox") { mentions { handle } } }""";

        using var notEnforced = await PostAsync(server, ExpensiveQuery, "application/json");
        using var smallLists = await PostAsync(server, mentions, "application/json", cost: "validate");
        using var defaultLists = await PostAsync(api.Server, mentions, "application/json", cost: "validate");

        var executed = await BodyAsync(notEnforced);
        Assert.True(executed.TryGetProperty("data", out _), executed.ToString());
        Assert.DoesNotContain("HC0047", executed.ToString(), StringComparison.Ordinal);
        Assert.Equal(1 + 1 + 3, TypeCost(await BodyAsync(smallLists)));
        Assert.Equal(1 + 1 + 10, TypeCost(await BodyAsync(defaultLists)));
    }

    [Fact]
    public async Task EnableIntrospection_and_the_timeout_are_settings()
    {
        await using var server = await ApiServer.StartAsync(
            api.Database.ConnectionString, "--GraphQL:Execution:EnableIntrospection=false", "--GraphQL:Execution:ExecutionTimeout=00:00:07");

        var refused = await server.QueryAsync("{ __schema { description } }");

        Assert.Equal("HC0046", Code(refused));
        var options = server.Services.GetRequiredService<RequestExecutor>().Options;
        Assert.Equal(TimeSpan.FromSeconds(7), options.ExecutionTimeout);
        Assert.False(options.IncludeExceptionDetails);
    }

    [Theory]
    [InlineData("--GraphQL:Execution:Parser:MaxTokens=0", "MaxTokens")]
    [InlineData("--GraphQL:Execution:Cost:MaxFieldCost=-1", "MaxFieldCost")]
    [InlineData("--GraphQL:Execution:Validation:MaxAllowedExecutionDepth=0", "execution depth")]
    [InlineData("--GraphQL:Execution:Cost:MaxTypeCost=lots", "GraphQL:Execution:Cost:MaxTypeCost")]
    public async Task An_invalid_value_stops_the_start_with_a_message_that_names_it(string setting, string named)
    {
        var exception = await Assert.ThrowsAnyAsync<Exception>(() => ApiServer.StartAsync(api.Database.ConnectionString, setting));

        Assert.Contains(named, exception.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(ApiServer server, string query, string accept, string? cost = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (cost is not null)
        {
            request.Headers.Add("GraphQL-Cost", cost);
        }
        return await server.Client.SendAsync(request);
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static double TypeCost(JsonElement result) =>
        result.GetProperty("extensions").GetProperty("operationCost").GetProperty("typeCost").GetDouble();

    private static string? Code(JsonElement result) =>
        result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
