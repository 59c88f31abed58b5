using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Server.Tests.Accounts;

/// <summary>
/// How /graphql treats the bearer token of a request: none means anonymous (protected fields fail with
/// AUTH_NOT_AUTHENTICATED in a 200 answer); an invalid one (expired, forged, tampered with, of an ended session) is
/// refused with 401 and a GraphQL-shaped AUTH_NOT_AUTHENTICATED error before anything runs.
/// </summary>
public sealed class AccessTokenTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    private const string PublicQuery = "{ userByHandle(handle: \"nobody_here\") { id } }";

    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task Without_a_token_public_fields_answer_and_me_fails_with_AUTH_NOT_AUTHENTICATED()
    {
        var me = await Api.MeAsync(accessToken: null);
        var publicField = await Api.Client.PostAsync(PublicQuery);

        var error = me.FieldError("AUTH_NOT_AUTHENTICATED", "me");
        Assert.Equal("The current user is not authenticated.", error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, me.Body.GetProperty("data").GetProperty("me").ValueKind);
        Assert.Equal(JsonValueKind.Null, publicField.Data("userByHandle").ValueKind);
    }

    [Fact]
    public async Task An_authorization_header_of_another_scheme_or_an_empty_bearer_is_anonymous()
    {
        foreach (var authorization in new[] { "Basic dXNlcjpwYXNzd29yZA==", "Bearer " })
        {
            var me = await Api.Client.SendAsync(AccountOperations.Me, null, authorization);

            me.FieldError("AUTH_NOT_AUTHENTICATED", "me");
        }
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_401_saying_to_refresh()
    {
        var user = await Api.NewUserAsync();
        // 15 minutes of lifetime, and 30 seconds of tolerance for clock skew.
        fixture.Time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(29));
        (await Api.MeAsync(user.AccessToken)).Data("me");
        fixture.Time.Advance(TimeSpan.FromSeconds(2));

        var response = await Api.MeAsync(user.AccessToken);

        AssertRefused(response, "The access token has expired: get new tokens with refreshToken, or sign in again.");
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var user = await Api.NewUserAsync();
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "graphapi",
            Audience = "graphapi",
            IssuedAt = fixture.Time.GetUtcNow().UtcDateTime,
            NotBefore = fixture.Time.GetUtcNow().UtcDateTime,
            Expires = fixture.Time.GetUtcNow().AddMinutes(15).UtcDateTime,
            Claims = ClaimsOf(user.AccessToken),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes("an-attackers-own-key-that-is-long-enough-for-hs256")),
                SecurityAlgorithms.HmacSha256),
        });

        AssertRefused(await Api.MeAsync(forged), "The access token is not valid: sign in again.");
    }

    [Fact]
    public async Task A_token_whose_claims_were_changed_is_refused()
    {
        var victim = await Api.NewUserAsync();
        var attacker = await Api.NewUserAsync();
        var parts = attacker.AccessToken.Split('.');
        var claims = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        claims["sub"] = victim.Id;
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(claims.ToJsonString())}.{parts[2]}";

        AssertRefused(await Api.MeAsync(tampered), "The access token is not valid: sign in again.");
    }

    [Fact]
    public async Task An_unsigned_token_is_refused()
    {
        var user = await Api.NewUserAsync();
        var parts = user.AccessToken.Split('.');
        var unsigned = $"{Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""")}.{parts[1]}.";

        AssertRefused(await Api.MeAsync(unsigned), "The access token is not valid: sign in again.");
    }

    [Fact]
    public async Task A_token_that_is_not_a_jwt_is_refused_even_for_public_fields()
    {
        var response = await Api.Client.PostAsync(PublicQuery, accessToken: "garbage");

        AssertRefused(response, "The access token is not valid: sign in again.");
    }

    [Fact]
    public async Task The_token_of_a_signed_out_session_is_refused()
    {
        var user = await Api.NewUserAsync();
        (await Api.Client.PostAsync(AccountOperations.SignOut, accessToken: user.AccessToken)).Data("signOut");

        AssertRefused(await Api.MeAsync(user.AccessToken), "The access token's session has ended: it was signed out or revoked.");
    }

    private static void AssertRefused(GraphQLResponse response, string message)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"Expected 401 but got {(int)response.StatusCode}: {response.Body}");
        Assert.Equal($"Bearer error=\"invalid_token\", error_description=\"{message}\"", response.WwwAuthenticate);
        Assert.Equal("application/json", response.MediaType);
        Assert.False(response.Body.TryGetProperty("data", out _));
        var error = Assert.Single(response.Body.GetProperty("errors").EnumerateArray());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    /// <summary>The claims of a real token other than its times, issuer and audience, to copy into a forged one.</summary>
    private static Dictionary<string, object> ClaimsOf(string accessToken) =>
        new JsonWebToken(accessToken).Claims
            .Where(c => c.Type is "sub" or "sid" or "handle" or "jti")
            .ToDictionary(c => c.Type, c => (object)c.Value);
}
