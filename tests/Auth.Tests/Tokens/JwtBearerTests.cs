using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using GraphApi.Auth.Accounts;
using GraphApi.Auth.Tokens;
using GraphApi.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphApi.Auth.Tests.Tokens;

/// <summary>ASP.NET Core's JwtBearer as <c>AddGraphApiJwtBearer</c> sets it up, in front of an endpoint that needs a user.</summary>
public sealed class JwtBearerTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private readonly ManualTimeProvider _time = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    private AccountService Accounts => _app.Services.GetRequiredService<AccountService>();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(TestAuth.Settings());
        builder.Services
            .AddSingleton(database.DbContextFactory)
            .AddSingleton<TimeProvider>(_time)
            .AddAccounts(builder.Configuration, builder.Environment)
            .AddGraphApiJwtBearer();
        builder.Services.AddAuthorization();
        _app = builder.Build();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.MapGet("/me", (ClaimsPrincipal user) =>
            $"{user.FindFirst(AccessTokenClaims.UserId)?.Value} {user.Identity?.Name} {user.FindFirst(AccessTokenClaims.SessionId)?.Value}")
            .RequireAuthorization();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_valid_token_authenticates_the_request_with_the_tokens_claims()
    {
        var signedIn = await SignUpAsync();

        var response = await GetMeAsync(signedIn.AccessToken.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{signedIn.User.Id} {signedIn.User.Handle} {signedIn.SessionId}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_request_without_a_token_is_unauthorized()
    {
        var response = await GetMeAsync(null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task An_expired_token_is_unauthorized()
    {
        var signedIn = await SignUpAsync();
        _time.Advance(TimeSpan.FromMinutes(16));

        var response = await GetMeAsync(signedIn.AccessToken.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("expired", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_forged_token_is_unauthorized()
    {
        var signedIn = await SignUpAsync();
        var forged = TokenForge.Create(signedIn.User.Id, signedIn.SessionId, _time.GetUtcNow(), signingKey: "an-attackers-key-that-is-also-long-enough-000");

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetMeAsync(forged)).StatusCode);
    }

    [Fact]
    public async Task A_token_of_another_issuer_or_audience_is_unauthorized()
    {
        var signedIn = await SignUpAsync();
        var now = _time.GetUtcNow();

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetMeAsync(TokenForge.Create(signedIn.User.Id, signedIn.SessionId, now, issuer: "someone-else"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetMeAsync(TokenForge.Create(signedIn.User.Id, signedIn.SessionId, now, audience: "another-api"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetMeAsync(TokenForge.Create(signedIn.User.Id, signedIn.SessionId, now))).StatusCode);
    }

    [Fact]
    public async Task A_malformed_token_is_unauthorized() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetMeAsync("not-a-jwt")).StatusCode);

    [Fact]
    public async Task The_token_of_a_signed_out_session_is_unauthorized_before_it_expires()
    {
        var signedIn = await SignUpAsync();
        Assert.Equal(HttpStatusCode.OK, (await GetMeAsync(signedIn.AccessToken.Token)).StatusCode);

        await Accounts.SignOutAsync(new(signedIn.User.Id, signedIn.SessionId));

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetMeAsync(signedIn.AccessToken.Token)).StatusCode);
    }

    [Fact]
    public async Task The_token_of_a_session_revoked_for_reuse_is_unauthorized()
    {
        var signedIn = await SignUpAsync();
        var refreshed = AssertResult.Success(await Accounts.RefreshAsync(signedIn.RefreshToken.Token));

        await Accounts.RefreshAsync(signedIn.RefreshToken.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetMeAsync(refreshed.AccessToken.Token)).StatusCode);
    }

    private Task<SignedIn> SignUpAsync() => TestAuth.SignUpAsync(Accounts, database);

    private Task<HttpResponseMessage> GetMeAsync(string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return _client.SendAsync(request);
    }
}
