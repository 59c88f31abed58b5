using System.Security.Cryptography;
using System.Text;
using GraphApi.Auth.Accounts;
using GraphApi.Auth.Sessions;
using GraphApi.Auth.Tokens;
using GraphApi.Data.Accounts;
using GraphApi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GraphApi.Auth.Tests.Sessions;

public sealed class RefreshTests(DatabaseFixture database) : AuthTestClass(database)
{
    [Fact]
    public async Task A_refresh_token_is_random_and_stored_only_as_its_sha256_hash()
    {
        var signedIn = await Auth.SignUpAsync();
        var token = signedIn.RefreshToken.Token;

        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
        Assert.Equal(Auth.Time.GetUtcNow().AddDays(14), signedIn.RefreshToken.ExpiresAt);
        await using var db = Auth.CreateDbContext();
        var stored = await db.RefreshTokens.SingleAsync(t => t.FamilyId == signedIn.SessionId);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), stored.TokenHash);
        Assert.Equal(0, await db.RefreshTokens.CountAsync(t => t.TokenHash == token));
        Assert.Equal((TestAuth.ClientUserAgent, TestAuth.ClientIp), (stored.UserAgent, stored.IpAddress));
    }

    [Fact]
    public async Task Refreshing_gives_new_tokens_for_the_same_session_and_marks_the_old_token_replaced()
    {
        var signedIn = await Auth.SignUpAsync();
        Auth.Time.Advance(TimeSpan.FromMinutes(20));

        var refreshed = AssertResult.Success(await Accounts.RefreshAsync(signedIn.RefreshToken.Token));

        Assert.Equal(signedIn.User.Id, refreshed.User.Id);
        Assert.Equal(signedIn.SessionId, refreshed.SessionId);
        Assert.NotEqual(signedIn.RefreshToken.Token, refreshed.RefreshToken.Token);
        Assert.Equal(Auth.Time.GetUtcNow().AddDays(14), refreshed.RefreshToken.ExpiresAt);
        Assert.Equal(signedIn.SessionId.ToString(), new JsonWebToken(refreshed.AccessToken.Token).GetClaim(AccessTokenClaims.SessionId).Value);
        Assert.True((await Auth.Get<AccessTokenValidator>().ValidateAsync(refreshed.AccessToken.Token)).IsValid);

        await using var db = Auth.CreateDbContext();
        var family = await db.RefreshTokens.Where(t => t.FamilyId == signedIn.SessionId).OrderBy(t => t.CreatedAt).ToListAsync();
        Assert.Equal(2, family.Count);
        Assert.Equal((Auth.Time.GetUtcNow(), family[1].Id), (family[0].RevokedAt, family[0].ReplacedById));
        Assert.Equal(((DateTimeOffset?)null, (Guid?)null), (family[1].RevokedAt, family[1].ReplacedById));
        Assert.Equal((TestAuth.ClientUserAgent, TestAuth.ClientIp), (family[1].UserAgent, family[1].IpAddress));

        AssertResult.Success(await Accounts.RefreshAsync(refreshed.RefreshToken.Token));
    }

    [Fact]
    public async Task Reusing_a_rotated_token_fails_and_revokes_the_whole_session()
    {
        var signedIn = await Auth.SignUpAsync();
        var refreshed = AssertResult.Success(await Accounts.RefreshAsync(signedIn.RefreshToken.Token));

        var reuse = await Accounts.RefreshAsync(signedIn.RefreshToken.Token);

        Assert.Equal(new InvalidRefreshTokenError(RefreshTokenFailure.Reused), reuse.Error);
        Assert.Equal(new InvalidRefreshTokenError(RefreshTokenFailure.Revoked), (await Accounts.RefreshAsync(refreshed.RefreshToken.Token)).Error);
        Assert.Equal(AccessTokenFailure.SessionEnded, (await Auth.Get<AccessTokenValidator>().ValidateAsync(refreshed.AccessToken.Token)).Failure);
        await using var db = Auth.CreateDbContext();
        Assert.All(await db.RefreshTokens.Where(t => t.FamilyId == signedIn.SessionId).ToListAsync(), t => Assert.NotNull(t.RevokedAt));
    }

    [Fact]
    public async Task Reuse_revokes_only_the_session_of_the_reused_token()
    {
        var first = await Auth.SignUpAsync();
        var second = AssertResult.Success(await Accounts.SignInAsync(first.User.Email, TestAuth.Password, null, null));
        await Accounts.RefreshAsync(first.RefreshToken.Token);

        await Accounts.RefreshAsync(first.RefreshToken.Token);

        AssertResult.Success(await Accounts.RefreshAsync(second.RefreshToken.Token));
    }

    [Fact]
    public async Task Two_refreshes_of_one_token_at_once_cannot_both_succeed()
    {
        var signedIn = await Auth.SignUpAsync();

        var results = await Task.WhenAll(
            Accounts.RefreshAsync(signedIn.RefreshToken.Token), Accounts.RefreshAsync(signedIn.RefreshToken.Token));

        var winner = Assert.Single(results, r => r.Succeeded);
        Assert.Equal(new InvalidRefreshTokenError(RefreshTokenFailure.Reused), Assert.Single(results, r => !r.Succeeded).Error);
        Assert.Equal(new InvalidRefreshTokenError(RefreshTokenFailure.Revoked), (await Accounts.RefreshAsync(winner.Value!.RefreshToken.Token)).Error);
    }

    [Fact]
    public async Task An_expired_refresh_token_fails()
    {
        var signedIn = await Auth.SignUpAsync();
        Auth.Time.Advance(TimeSpan.FromDays(14));

        var result = await Accounts.RefreshAsync(signedIn.RefreshToken.Token);

        Assert.Equal(new InvalidRefreshTokenError(RefreshTokenFailure.Expired), result.Error);
        Assert.Equal("The refresh token has expired; sign in again.", result.Error!.Message);
    }

    [Fact]
    public async Task A_refresh_token_is_good_until_just_before_it_expires()
    {
        var signedIn = await Auth.SignUpAsync();
        Auth.Time.Advance(TimeSpan.FromDays(14) - TimeSpan.FromSeconds(1));

        AssertResult.Success(await Accounts.RefreshAsync(signedIn.RefreshToken.Token));
    }

    [Fact]
    public async Task A_refresh_token_of_a_signed_out_session_fails_as_revoked()
    {
        var signedIn = await Auth.SignUpAsync();
        await Accounts.SignOutAsync(new CurrentSession(signedIn.User.Id, signedIn.SessionId));

        Assert.Equal(new InvalidRefreshTokenError(RefreshTokenFailure.Revoked), (await Accounts.RefreshAsync(signedIn.RefreshToken.Token)).Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task An_unknown_refresh_token_fails(string token) =>
        Assert.Equal(new InvalidRefreshTokenError(RefreshTokenFailure.Unknown), (await Accounts.RefreshAsync(token)).Error);

    [Fact]
    public async Task A_suspended_user_cannot_refresh_and_the_token_is_not_used_up()
    {
        var signedIn = await Auth.SignUpAsync();
        await Auth.SetStatusAsync(signedIn.User.Id, UserStatus.Suspended);

        Assert.IsType<AccountSuspendedError>((await Accounts.RefreshAsync(signedIn.RefreshToken.Token)).Error);

        await Auth.SetStatusAsync(signedIn.User.Id, UserStatus.Active);
        AssertResult.Success(await Accounts.RefreshAsync(signedIn.RefreshToken.Token));
    }

    [Fact]
    public async Task A_deleted_user_cannot_refresh()
    {
        var signedIn = await Auth.SignUpAsync();
        await Auth.SetStatusAsync(signedIn.User.Id, UserStatus.Deleted);

        Assert.IsType<AccountDeletedError>((await Accounts.RefreshAsync(signedIn.RefreshToken.Token)).Error);
    }

    [Fact]
    public async Task The_refresh_token_lifetime_comes_from_the_configuration()
    {
        await using var auth = TestAuth.Create(Database, new Dictionary<string, string?> { ["Auth:RefreshTokens:Lifetime"] = "1.00:00:00" });
        var signedIn = await auth.SignUpAsync();

        Assert.Equal(auth.Time.GetUtcNow().AddDays(1), signedIn.RefreshToken.ExpiresAt);
        auth.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(new InvalidRefreshTokenError(RefreshTokenFailure.Expired), (await auth.Accounts.RefreshAsync(signedIn.RefreshToken.Token)).Error);
    }

    [Fact]
    public async Task A_long_user_agent_is_cut_to_fit()
    {
        var account = await Auth.SignUpAsync();

        var signedIn = AssertResult.Success(await Accounts.SignInAsync(account.User.Email, TestAuth.Password, new string('u', 511) + "😀", null));

        await using var db = Auth.CreateDbContext();
        Assert.Equal(new string('u', 511), (await db.RefreshTokens.SingleAsync(t => t.FamilyId == signedIn.SessionId)).UserAgent);
    }
}
