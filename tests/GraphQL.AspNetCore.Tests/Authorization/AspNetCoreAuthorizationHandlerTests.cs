using System.Net;
using System.Text;
using System.Text.Json;
using GraphQL.AspNetCore.Tests.Infrastructure;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.AspNetCore.Tests.Authorization;

/// <summary>
/// <c>@authorize</c> decided by ASP.NET Core authorization over real HTTP: the policies of <c>AddAuthorization</c>, with
/// the resolver context as the resource. Users come from the test server's <c>X-Test-User</c> header.
/// </summary>
public sealed class AspNetCoreAuthorizationHandlerTests : IAsyncLifetime
{
    private const string Sdl = """
        type Query {
          open: String!
          signedIn: String @authorize
          adaOnly: String @authorize(policy: "AdaOnly")
          admins: String @authorize(roles: ["admin"])
          undefinedPolicy: String @authorize(policy: "NoSuchPolicy")
          document(owner: String!): String @authorize(policy: "Owner")
        }
        """;

    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GraphQLTestServer.StartAsync(
        schema: BuildSchema(),
        configureServices: services => services.AddAuthorization(options =>
        {
            options.AddPolicy("AdaOnly", policy => policy.RequireUserName("ada"));
            options.AddPolicy("Owner", policy => policy.RequireAssertion(context =>
                context.Resource is IResolverContext field && field.ArgumentValue<string>("owner") == context.User.Identity?.Name));
        }));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Anonymous_requests_get_AUTH_NOT_AUTHENTICATED_on_protected_fields_only()
    {
        var result = await QueryAsync("{ open signedIn adaOnly }", user: null);

        Assert.Equal("""{"open":"open","signedIn":null,"adaOnly":null}""", result.GetProperty("data").GetRawText());
        Assert.Equal(
            [("signedIn", "AUTH_NOT_AUTHENTICATED"), ("adaOnly", "AUTH_NOT_AUTHENTICATED")],
            ErrorsByField(result).Select(e => (e.Field, e.Code)));
        Assert.All(ErrorsByField(result), e => Assert.Equal("The current user is not authenticated.", e.Message));
    }

    [Fact]
    public async Task A_signed_in_user_whom_the_policy_refuses_gets_AUTH_NOT_AUTHORIZED()
    {
        var result = await QueryAsync("{ signedIn adaOnly }", user: "bob");

        Assert.Equal("""{"signedIn":"signed in","adaOnly":null}""", result.GetProperty("data").GetRawText());
        var error = Assert.Single(ErrorsByField(result));
        Assert.Equal(("adaOnly", "AUTH_NOT_AUTHORIZED"), (error.Field, error.Code));
        Assert.Equal("The current user is not authorized to access this resource.", error.Message);
    }

    [Fact]
    public async Task A_user_whom_the_policy_allows_gets_the_data()
    {
        var result = await QueryAsync("{ signedIn adaOnly }", user: "ada");

        Assert.Equal("""{"data":{"signedIn":"signed in","adaOnly":"for ada"}}""", result.GetRawText());
    }

    [Fact]
    public async Task Roles_are_checked_on_the_user()
    {
        var result = await QueryAsync("{ admins }", user: "ada");

        var error = Assert.Single(ErrorsByField(result));
        Assert.Equal(("admins", "AUTH_NOT_AUTHORIZED"), (error.Field, error.Code));
    }

    [Fact]
    public async Task An_undefined_policy_refuses_the_field_and_names_the_policy()
    {
        var result = await QueryAsync("{ undefinedPolicy }", user: "ada");

        var error = Assert.Single(ErrorsByField(result));
        Assert.Equal(("undefinedPolicy", "AUTH_NOT_AUTHORIZED"), (error.Field, error.Code));
        Assert.Equal(
            "The authorization policy \"NoSuchPolicy\" is not defined: register it with AddAuthorization(options => options.AddPolicy(...)).",
            error.Message);
    }

    [Fact]
    public async Task Policies_get_the_resolver_context_as_their_resource()
    {
        var result = await QueryAsync("""{ mine: document(owner: "ada") theirs: document(owner: "bob") }""", user: "ada");

        Assert.Equal("""{"mine":"ada's document","theirs":null}""", result.GetProperty("data").GetRawText());
        var error = Assert.Single(ErrorsByField(result));
        Assert.Equal(("theirs", "AUTH_NOT_AUTHORIZED"), (error.Field, error.Code));
    }

    [Fact]
    public async Task An_unknown_policy_for_an_anonymous_user_is_still_not_authenticated()
    {
        var result = await QueryAsync("{ undefinedPolicy }", user: null);

        var error = Assert.Single(ErrorsByField(result));
        Assert.Equal(("undefinedPolicy", "AUTH_NOT_AUTHENTICATED"), (error.Field, error.Code));
    }

    private static Schema BuildSchema() => SchemaBuilder.FromSdl(Sdl)
        .BindResolver("Query", "open", _ => new("open"))
        .BindResolver("Query", "signedIn", _ => new("signed in"))
        .BindResolver("Query", "adaOnly", _ => new("for ada"))
        .BindResolver("Query", "admins", _ => new("for admins"))
        .BindResolver("Query", "undefinedPolicy", _ => new("never"))
        .BindResolver("Query", "document", context => new($"{context.ArgumentValue<string>("owner")}'s document"))
        .Build();

    private async Task<JsonElement> QueryAsync(string query, string? user)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        if (user is not null)
        {
            request.Headers.Add(GraphQLTestServer.UserHeader, user);
        }
        using var response = await _server.Client.SendAsync(request);
        return await response.ShouldBeAsync(HttpStatusCode.OK, "application/json");
    }

    private static List<(string Field, string? Code, string? Message)> ErrorsByField(JsonElement result) =>
        result.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray()
                .Select(e => (
                    e.GetProperty("path")[0].GetString()!,
                    e.GetProperty("extensions").GetProperty("code").GetString(),
                    e.GetProperty("message").GetString()))
                .ToList()
            : [];
}
