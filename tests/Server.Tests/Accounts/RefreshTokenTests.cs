using System.Net;
using GraphApi.Data.Accounts;
using GraphApi.Server.Tests.Accounts.Infrastructure;

namespace GraphApi.Server.Tests.Accounts;

/// <summary>refreshToken: rotation, and every refresh token it refuses.</summary>
public sealed class RefreshTokenTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task Each_refresh_gives_new_tokens_that_work()
    {
        var user = await Api.NewUserAsync();
        fixture.Time.Advance(TimeSpan.FromMinutes(10));

        var payload = (await Api.RefreshAsync(user.RefreshToken)).Payload("refreshToken");
        var refreshed = user.WithTokensOf(payload);
        var again = (await Api.RefreshAsync(refreshed.RefreshToken)).Payload("refreshToken");

        Assert.NotEqual(user.AccessToken, refreshed.AccessToken);
        Assert.Equal(fixture.Time.GetUtcNow().AddMinutes(15), payload.GetProperty("accessTokenExpiresAt").GetDateTimeOffset());
        Assert.Equal(fixture.Time.GetUtcNow().AddDays(14), payload.GetProperty("refreshTokenExpiresAt").GetDateTimeOffset());
        Assert.Equal(user.Id, (await Api.MeAsync(refreshed.AccessToken)).Data("me").GetProperty("id").GetString());
        Assert.Equal(user.Id, again.GetProperty("user").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_reused_refresh_token_revokes_its_whole_session_but_not_the_others()
    {
        var user = await Api.NewUserAsync();
        var otherSession = await Api.SignInAgainAsync(user);
        var rotated = user.WithTokensOf((await Api.RefreshAsync(user.RefreshToken)).Payload("refreshToken"));

        var reused = (await Api.RefreshAsync(user.RefreshToken)).PayloadError("refreshToken", "InvalidRefreshTokenError");
        var successor = (await Api.RefreshAsync(rotated.RefreshToken)).PayloadError("refreshToken", "InvalidRefreshTokenError");

        Assert.Equal("REUSED", reused.GetProperty("reason").GetString());
        Assert.Equal(
            "The refresh token was already used, so it may have leaked: its session is now revoked; sign in again.",
            reused.GetProperty("message").GetString());
        Assert.Equal("REVOKED", successor.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.MeAsync(rotated.AccessToken)).StatusCode);
        Assert.Equal(user.Id, (await Api.MeAsync(otherSession.AccessToken)).Data("me").GetProperty("id").GetString());
        (await Api.RefreshAsync(otherSession.RefreshToken)).Payload("refreshToken");
    }

    [Fact]
    public async Task An_unknown_refresh_token_is_refused()
    {
        var error = (await Api.RefreshAsync("not-a-token-we-ever-issued")).PayloadError("refreshToken", "InvalidRefreshTokenError");

        Assert.Equal("UNKNOWN", error.GetProperty("reason").GetString());
        Assert.Equal("The refresh token is not valid.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_refresh_token_expires_14_days_after_it_was_issued()
    {
        var user = await Api.NewUserAsync();
        fixture.Time.Advance(TimeSpan.FromDays(14) + TimeSpan.FromSeconds(1));

        var error = (await Api.RefreshAsync(user.RefreshToken)).PayloadError("refreshToken", "InvalidRefreshTokenError");

        Assert.Equal("EXPIRED", error.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_suspended_account_cannot_refresh_and_its_access_tokens_stop_working()
    {
        var user = await Api.NewUserAsync();
        await Api.SetStatusAsync(user, UserStatus.Suspended);
        // The server remembers an active session for 15 seconds before it asks the database again.
        fixture.Time.Advance(TimeSpan.FromSeconds(16));

        var error = (await Api.RefreshAsync(user.RefreshToken)).PayloadError("refreshToken", "AccountSuspendedError");
        var me = await Api.MeAsync(user.AccessToken);

        Assert.Equal("This account is suspended and cannot sign in.", error.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }
}
