using System.Text.Json;
using GraphApi.Server.Tests.Accounts.Infrastructure;

namespace GraphApi.Server.Tests.Accounts;

/// <summary>The whole life of an account over HTTP, as a client goes through it.</summary>
public sealed class AccountFlowTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task Sign_up_then_profile_sign_in_refresh_sessions_revoke_and_sign_out()
    {
        var email = AccountsApi.NewEmail();
        var handle = AccountsApi.NewHandle();

        // 1. A code is mailed (to the outbox) and is valid for 10 minutes.
        var sent = (await Api.RequestSignUpCodeAsync(email)).Payload("requestSignUpCode");
        Assert.Equal(email, sent.GetProperty("email").GetString());
        Assert.Equal(fixture.Time.GetUtcNow().AddMinutes(10), sent.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal(fixture.Time.GetUtcNow().AddMinutes(1), sent.GetProperty("resendAvailableAt").GetDateTimeOffset());
        var code = await Api.LatestCodeAsync(email);

        // 2. Signing up creates the account and signs in.
        var signUp = (await Api.SignUpAsync(email, code, handle: handle.ToUpperInvariant(), displayName: " Ada ")).Payload("signUp");
        Assert.Equal(handle, signUp.GetProperty("user").GetProperty("handle").GetString());
        Assert.Equal(fixture.Time.GetUtcNow().AddMinutes(15), signUp.GetProperty("accessTokenExpiresAt").GetDateTimeOffset());
        Assert.Equal(fixture.Time.GetUtcNow().AddDays(14), signUp.GetProperty("refreshTokenExpiresAt").GetDateTimeOffset());
        Assert.Equal(43, signUp.GetProperty("refreshToken").GetString()!.Length);
        var phone = new SignedInUser(signUp.GetProperty("user").GetProperty("id").GetString()!, email, handle, AccountsApi.Password, "", "")
            .WithTokensOf(signUp);

        // 3. me: the account, with its email and the display name given at sign-up.
        var me = (await Api.MeAsync(phone.AccessToken)).Data("me");
        Assert.Equal(phone.Id, me.GetProperty("id").GetString());
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal("Ada", me.GetProperty("profile").GetProperty("displayName").GetString());

        // 4. The second step: the profile.
        var updated = (await Api.Client.PostAsync(AccountOperations.UpdateProfile, new
        {
            input = new { bio = "Poetical science.", timeZone = "Europe/London", locale = "en-GB", birthday = "1990-12-10", isPrivate = true },
        }, phone.AccessToken)).Payload("updateProfile");
        var profile = updated.GetProperty("user").GetProperty("profile");
        Assert.Equal("Ada", profile.GetProperty("displayName").GetString());
        Assert.Equal("Poetical science.", profile.GetProperty("bio").GetString());
        Assert.Equal("Europe/London", profile.GetProperty("timeZone").GetString());
        Assert.True(profile.GetProperty("isPrivate").GetBoolean());

        // 5. Signing in elsewhere (another address and browser) starts a second session.
        using var laptopClient = Api.ClientFrom("127.0.0.9", "Laptop browser");
        var laptop = await Api.SignInAgainAsync(phone, laptopClient);

        // 6. Refreshing rotates the laptop's tokens within its session.
        fixture.Time.Advance(TimeSpan.FromMinutes(5));
        var refreshed = (await Api.RefreshAsync(laptop.RefreshToken)).Payload("refreshToken");
        Assert.Equal(phone.Id, refreshed.GetProperty("user").GetProperty("id").GetString());
        Assert.NotEqual(laptop.RefreshToken, refreshed.GetProperty("refreshToken").GetString());
        laptop = laptop.WithTokensOf(refreshed);

        // 7. Both sessions are listed, with where they came from.
        var sessions = (await Api.SessionsAsync(phone.AccessToken)).Data("sessions").EnumerateArray().ToList();
        Assert.Equal(2, sessions.Count);
        var laptopSession = sessions.Single(s => !s.GetProperty("isCurrent").GetBoolean());
        Assert.Equal("Laptop browser", laptopSession.GetProperty("userAgent").GetString());
        Assert.Equal("127.0.0.9", laptopSession.GetProperty("ipAddress").GetString());
        Assert.Equal(fixture.Time.GetUtcNow(), laptopSession.GetProperty("lastUsedAt").GetDateTimeOffset());
        Assert.Equal(fixture.Time.GetUtcNow().AddMinutes(-5), laptopSession.GetProperty("createdAt").GetDateTimeOffset());
        var phoneSession = sessions.Single(s => s.GetProperty("isCurrent").GetBoolean());
        Assert.Equal(GraphQLClient.DefaultUserAgent, phoneSession.GetProperty("userAgent").GetString());
        Assert.Equal("127.0.0.1", phoneSession.GetProperty("ipAddress").GetString());

        // 8. The phone revokes the laptop's session: its tokens stop working.
        var laptopSessionId = laptopSession.GetProperty("id").GetString();
        var revoked = (await Api.Client.PostAsync(AccountOperations.RevokeSession, new { sessionId = laptopSessionId }, phone.AccessToken))
            .Payload("revokeSession");
        Assert.Equal(laptopSessionId, revoked.GetProperty("sessionId").GetString());
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await Api.MeAsync(laptop.AccessToken)).StatusCode);
        Assert.Equal("REVOKED", (await Api.RefreshAsync(laptop.RefreshToken)).PayloadError("refreshToken", "InvalidRefreshTokenError")
            .GetProperty("reason").GetString());
        Assert.Single((await Api.SessionsAsync(phone.AccessToken)).Data("sessions").EnumerateArray());

        // 9. The phone signs out: its session ends too.
        var phoneSessionId = phoneSession.GetProperty("id").GetString();
        var signOut = (await Api.Client.PostAsync(AccountOperations.SignOut, accessToken: phone.AccessToken)).Data("signOut");
        Assert.Equal(phoneSessionId, signOut.GetProperty("sessionId").GetString());
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await Api.MeAsync(phone.AccessToken)).StatusCode);
        Assert.Equal("REVOKED", (await Api.RefreshAsync(phone.RefreshToken)).PayloadError("refreshToken", "InvalidRefreshTokenError")
            .GetProperty("reason").GetString());

        // 10. The password still signs in.
        var again = (await Api.SignInAsync(email.ToUpperInvariant())).Payload("signIn");
        Assert.Equal(phone.Id, again.GetProperty("user").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_every_session_of_the_viewer_only()
    {
        var user = await Api.NewUserAsync();
        var second = await Api.SignInAgainAsync(user);
        var someoneElse = await Api.NewUserAsync();

        var result = (await Api.Client.PostAsync(AccountOperations.SignOutEverywhere, accessToken: second.AccessToken)).Data("signOutEverywhere");

        Assert.Equal(2, result.GetProperty("sessionCount").GetInt32());
        foreach (var token in new[] { user.AccessToken, second.AccessToken })
        {
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await Api.MeAsync(token)).StatusCode);
        }
        Assert.Equal(someoneElse.Id, (await Api.MeAsync(someoneElse.AccessToken)).Data("me").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Mutations_for_signed_in_users_refuse_anonymous_callers_without_side_effects()
    {
        var user = await Api.NewUserAsync();
        var sessionId = await Api.CurrentSessionIdAsync(user);

        foreach (var (document, variables, field) in new (string, object?, string)[]
        {
            (AccountOperations.SignOut, null, "signOut"),
            (AccountOperations.SignOutEverywhere, null, "signOutEverywhere"),
            (AccountOperations.RevokeSession, new { sessionId }, "revokeSession"),
            (AccountOperations.UpdateProfile, new { input = new { bio = "hacked" } }, "updateProfile"),
        })
        {
            var response = await Api.Client.PostAsync(document, variables);

            var error = response.FieldError("AUTH_NOT_AUTHENTICATED", field);
            Assert.Equal("The current user is not authenticated.", error.GetProperty("message").GetString());
            Assert.Equal(JsonValueKind.Null, response.Body.GetProperty("data").ValueKind);
        }

        var me = (await Api.MeAsync(user.AccessToken)).Data("me");
        Assert.Equal(JsonValueKind.Null, me.GetProperty("profile").GetProperty("bio").ValueKind);
    }
}
