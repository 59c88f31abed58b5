using GraphApi.Auth.Accounts;
using GraphApi.Auth.Tokens;
using GraphApi.Data.Accounts;
using GraphApi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Auth.Tests.Tokens;

public sealed class AccessTokenTests(DatabaseFixture database) : AuthTestClass(database)
{
    private AccessTokenValidator Validator => Auth.Get<AccessTokenValidator>();

    [Fact]
    public async Task An_access_token_is_an_hs256_jwt_with_the_user_the_handle_the_session_and_a_unique_id()
    {
        var signedIn = await Auth.SignUpAsync();
        var now = Auth.Time.GetUtcNow();

        var jwt = new JsonWebToken(signedIn.AccessToken.Token);

        Assert.Equal("HS256", jwt.Alg);
        Assert.Equal(signedIn.User.Id.ToString(), jwt.Subject);
        Assert.Equal(signedIn.User.Handle, jwt.GetClaim("handle").Value);
        Assert.Equal(signedIn.SessionId.ToString(), jwt.GetClaim("sid").Value);
        Assert.True(Guid.TryParse(jwt.Id, out _));
        Assert.Equal(("graphapi", "graphapi"), (jwt.Issuer, Assert.Single(jwt.Audiences)));
        Assert.Equal((now.UtcDateTime, now.UtcDateTime), (jwt.IssuedAt, jwt.ValidFrom));
        Assert.Equal(now.AddMinutes(15).UtcDateTime, jwt.ValidTo);
        Assert.Equal(now.AddMinutes(15), signedIn.AccessToken.ExpiresAt);
        var other = Auth.Get<AccessTokenService>().Issue(signedIn.User, signedIn.SessionId);
        Assert.NotEqual(jwt.Id, new JsonWebToken(other.Token).Id);
    }

    [Fact]
    public async Task A_valid_token_gives_a_principal_named_by_the_handle_with_unmapped_claims()
    {
        var signedIn = await Auth.SignUpAsync();

        var validation = await Validator.ValidateAsync(signedIn.AccessToken.Token);

        Assert.True(validation.IsValid);
        Assert.Null(validation.Failure);
        var identity = validation.Principal!.Identity!;
        Assert.Equal((true, "Bearer", signedIn.User.Handle), (identity.IsAuthenticated, identity.AuthenticationType, identity.Name));
        Assert.Equal(signedIn.User.Id.ToString(), validation.Principal.FindFirst("sub")!.Value);
    }

    [Fact]
    public async Task A_token_is_accepted_within_the_clock_skew_after_it_expires()
    {
        var signedIn = await Auth.SignUpAsync();
        Auth.Time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(29));

        Assert.True((await Validator.ValidateAsync(signedIn.AccessToken.Token)).IsValid);
    }

    [Fact]
    public async Task An_expired_token_is_refused_as_expired()
    {
        var signedIn = await Auth.SignUpAsync();
        Auth.Time.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(31));

        Assert.Equal(AccessTokenFailure.Expired, (await Validator.ValidateAsync(signedIn.AccessToken.Token)).Failure);
    }

    [Fact]
    public async Task A_token_from_the_future_is_refused()
    {
        var signedIn = await Auth.SignUpAsync();
        var token = TokenForge.Create(signedIn.User.Id, signedIn.SessionId, Auth.Time.GetUtcNow().AddMinutes(5));

        Assert.Equal(AccessTokenFailure.Invalid, (await Validator.ValidateAsync(token)).Failure);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var signedIn = await Auth.SignUpAsync();
        var token = TokenForge.Create(signedIn.User.Id, signedIn.SessionId, Auth.Time.GetUtcNow(), signingKey: "an-attackers-key-that-is-also-long-enough-000");

        Assert.Equal(AccessTokenFailure.Invalid, (await Validator.ValidateAsync(token)).Failure);
    }

    [Fact]
    public async Task A_token_of_another_issuer_is_refused()
    {
        var signedIn = await Auth.SignUpAsync();
        var token = TokenForge.Create(signedIn.User.Id, signedIn.SessionId, Auth.Time.GetUtcNow(), issuer: "someone-else");

        Assert.Equal(AccessTokenFailure.Invalid, (await Validator.ValidateAsync(token)).Failure);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused()
    {
        var signedIn = await Auth.SignUpAsync();
        var token = TokenForge.Create(signedIn.User.Id, signedIn.SessionId, Auth.Time.GetUtcNow(), audience: "another-api");

        Assert.Equal(AccessTokenFailure.Invalid, (await Validator.ValidateAsync(token)).Failure);
    }

    [Fact]
    public async Task A_token_signed_with_the_right_key_and_the_right_claims_is_accepted()
    {
        // The control for the forged tokens above: they fail for what was changed, not for how they were made.
        var signedIn = await Auth.SignUpAsync();
        var token = TokenForge.Create(signedIn.User.Id, signedIn.SessionId, Auth.Time.GetUtcNow());

        Assert.True((await Validator.ValidateAsync(token)).IsValid);
    }

    [Fact]
    public async Task An_unsigned_token_is_refused()
    {
        var signedIn = await Auth.SignUpAsync();

        Assert.Equal(AccessTokenFailure.Invalid, (await Validator.ValidateAsync(TokenForge.Unsigned(signedIn.User.Id, signedIn.SessionId, Auth.Time.GetUtcNow()))).Failure);
    }

    [Fact]
    public async Task A_token_signed_with_the_key_but_another_algorithm_is_refused()
    {
        var longKey = new string('k', 64);
        await using var auth = TestAuth.Create(Database, new Dictionary<string, string?> { ["Auth:SigningKey"] = longKey });
        var signedIn = await auth.SignUpAsync();
        var token = TokenForge.Create(
            signedIn.User.Id, signedIn.SessionId, auth.Time.GetUtcNow(), signingKey: longKey, algorithm: SecurityAlgorithms.HmacSha512);

        Assert.Equal(AccessTokenFailure.Invalid, (await auth.Get<AccessTokenValidator>().ValidateAsync(token)).Failure);
    }

    [Fact]
    public async Task A_token_without_a_session_is_refused()
    {
        var signedIn = await Auth.SignUpAsync();
        var token = TokenForge.Create(signedIn.User.Id, signedIn.SessionId, Auth.Time.GetUtcNow(), withSessionClaim: false);

        Assert.Equal(AccessTokenFailure.Invalid, (await Validator.ValidateAsync(token)).Failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a token")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.e30.c2ln")]
    public async Task Malformed_tokens_are_refused(string token) =>
        Assert.Equal(AccessTokenFailure.Invalid, (await Validator.ValidateAsync(token)).Failure);

    [Fact]
    public async Task A_token_of_a_revoked_session_is_refused()
    {
        var signedIn = await Auth.SignUpAsync();

        await Auth.Accounts.SignOutAsync(new(signedIn.User.Id, signedIn.SessionId));

        Assert.Equal(AccessTokenFailure.SessionEnded, (await Validator.ValidateAsync(signedIn.AccessToken.Token)).Failure);
    }

    [Fact]
    public async Task A_token_of_a_suspended_user_is_refused()
    {
        var signedIn = await Auth.SignUpAsync();

        await Auth.SetStatusAsync(signedIn.User.Id, UserStatus.Suspended);

        Assert.Equal(AccessTokenFailure.SessionEnded, (await Validator.ValidateAsync(signedIn.AccessToken.Token)).Failure);
    }

    [Fact]
    public async Task A_session_revoked_by_another_server_is_seen_once_the_remembered_answer_runs_out()
    {
        var signedIn = await Auth.SignUpAsync();
        Assert.True((await Validator.ValidateAsync(signedIn.AccessToken.Token)).IsValid);

        await RevokeInDatabaseAsync(signedIn);

        Assert.True((await Validator.ValidateAsync(signedIn.AccessToken.Token)).IsValid);
        Auth.Time.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal(AccessTokenFailure.SessionEnded, (await Validator.ValidateAsync(signedIn.AccessToken.Token)).Failure);
    }

    [Fact]
    public async Task Without_remembering_a_revocation_elsewhere_is_seen_at_once()
    {
        await using var auth = TestAuth.Create(Database, new Dictionary<string, string?> { ["Auth:SessionCheckCacheDuration"] = "00:00:00" });
        var signedIn = await auth.SignUpAsync();
        var validator = auth.Get<AccessTokenValidator>();
        Assert.True((await validator.ValidateAsync(signedIn.AccessToken.Token)).IsValid);

        await RevokeInDatabaseAsync(signedIn);

        Assert.Equal(AccessTokenFailure.SessionEnded, (await validator.ValidateAsync(signedIn.AccessToken.Token)).Failure);
    }

    [Fact]
    public async Task Lifetime_issuer_and_audience_come_from_the_configuration()
    {
        await using var auth = TestAuth.Create(Database, new Dictionary<string, string?>
        {
            ["Auth:AccessTokenLifetime"] = "00:05:00",
            ["Auth:Issuer"] = "https://auth.example.com",
            ["Auth:Audience"] = "calendar-app",
        });
        var signedIn = await auth.SignUpAsync();

        var jwt = new JsonWebToken(signedIn.AccessToken.Token);
        Assert.Equal(auth.Time.GetUtcNow().AddMinutes(5).UtcDateTime, jwt.ValidTo);
        Assert.Equal(("https://auth.example.com", "calendar-app"), (jwt.Issuer, Assert.Single(jwt.Audiences)));
        Assert.True((await auth.Get<AccessTokenValidator>().ValidateAsync(signedIn.AccessToken.Token)).IsValid);
        Assert.Equal(AccessTokenFailure.Invalid, (await Validator.ValidateAsync(signedIn.AccessToken.Token)).Failure);
    }

    private async Task RevokeInDatabaseAsync(SignedIn signedIn)
    {
        await using var db = Auth.CreateDbContext();
        await db.RefreshTokens.Where(t => t.FamilyId == signedIn.SessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, Auth.Time.GetUtcNow()));
    }
}
