using System.Text.Json;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphQL.Relay;

namespace GraphApi.Server.Tests.Accounts;

/// <summary>What one user cannot see or do to another: their email, their sessions, ending their sessions.</summary>
public sealed class PrivacyTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    private const string UserWithEmail = "query($id: ID!) { user(id: $id) { handle email } }";

    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task Users_read_their_own_email_through_any_field()
    {
        var user = await Api.NewUserAsync();

        var me = (await Api.MeAsync(user.AccessToken)).Data("me");
        var byId = (await Api.Client.PostAsync(UserWithEmail, new { id = user.Id }, user.AccessToken)).Data("user");

        Assert.Equal(user.Email, me.GetProperty("email").GetString());
        Assert.Equal(user.Email, byId.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Someone_else_gets_null_and_AUTH_NOT_AUTHORIZED_for_my_email()
    {
        var me = await Api.NewUserAsync();
        var someoneElse = await Api.NewUserAsync();

        var response = await Api.Client.PostAsync(UserWithEmail, new { id = me.Id }, someoneElse.AccessToken);

        var error = response.FieldError("AUTH_NOT_AUTHORIZED", "user", "email");
        Assert.Equal("The current user is not authorized to access this resource.", error.GetProperty("message").GetString());
        var user = response.Body.GetProperty("data").GetProperty("user");
        Assert.Equal(me.Handle, user.GetProperty("handle").GetString());
        Assert.Equal(JsonValueKind.Null, user.GetProperty("email").ValueKind);
        Assert.DoesNotContain(me.Email, response.Body.GetRawText());
    }

    [Fact]
    public async Task Someone_else_cannot_read_my_email_through_node_either()
    {
        var me = await Api.NewUserAsync();
        var someoneElse = await Api.NewUserAsync();

        var response = await Api.Client.PostAsync(
            "query($id: ID!) { node(id: $id) { ... on User { handle email } } }", new { id = me.Id }, someoneElse.AccessToken);

        response.FieldError("AUTH_NOT_AUTHORIZED", "node", "email");
        Assert.Equal(me.Handle, response.Body.GetProperty("data").GetProperty("node").GetProperty("handle").GetString());
        Assert.DoesNotContain(me.Email, response.Body.GetRawText());
    }

    [Fact]
    public async Task Anonymous_callers_get_null_and_AUTH_NOT_AUTHENTICATED_for_an_email()
    {
        var me = await Api.NewUserAsync();

        var response = await Api.Client.PostAsync(UserWithEmail, new { id = me.Id });

        response.FieldError("AUTH_NOT_AUTHENTICATED", "user", "email");
        Assert.DoesNotContain(me.Email, response.Body.GetRawText());
    }

    [Fact]
    public async Task Sessions_lists_only_the_viewers_own()
    {
        var me = await Api.NewUserAsync();
        var someoneElse = await Api.NewUserAsync();
        var mySession = await Api.CurrentSessionIdAsync(me);

        var theirs = (await Api.SessionsAsync(someoneElse.AccessToken)).Data("sessions");

        var session = Assert.Single(theirs.EnumerateArray());
        Assert.NotEqual(mySession, session.GetProperty("id").GetString());
        Assert.True(session.GetProperty("isCurrent").GetBoolean());
    }

    [Fact]
    public async Task Sessions_needs_a_signed_in_user()
    {
        var response = await Api.Client.PostAsync(AccountOperations.Sessions);

        response.FieldError("AUTH_NOT_AUTHENTICATED", "sessions");
        Assert.Equal(JsonValueKind.Null, response.Body.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task Someone_else_cannot_revoke_my_session()
    {
        var me = await Api.NewUserAsync();
        var someoneElse = await Api.NewUserAsync();
        var mySession = await Api.CurrentSessionIdAsync(me);

        var error = (await Api.Client.PostAsync(AccountOperations.RevokeSession, new { sessionId = mySession }, someoneElse.AccessToken))
            .PayloadError("revokeSession", "SessionNotFoundError");

        Assert.Equal(mySession, error.GetProperty("sessionId").GetString());
        Assert.Equal($"You have no active session \"{mySession}\".", error.GetProperty("message").GetString());
        Assert.Equal(me.Id, (await Api.MeAsync(me.AccessToken)).Data("me").GetProperty("id").GetString());
        (await Api.RefreshAsync(me.RefreshToken)).Payload("refreshToken");
    }

    [Fact]
    public async Task Revoking_an_unknown_or_ended_session_says_it_was_not_found()
    {
        var me = await Api.NewUserAsync();
        var other = await Api.SignInAgainAsync(me);
        var otherSession = await Api.CurrentSessionIdAsync(other);
        (await Api.Client.PostAsync(AccountOperations.RevokeSession, new { sessionId = otherSession }, me.AccessToken)).Payload("revokeSession");

        var again = await Api.Client.PostAsync(AccountOperations.RevokeSession, new { sessionId = otherSession }, me.AccessToken);
        var unknown = await Api.Client.PostAsync(AccountOperations.RevokeSession, new { sessionId = GlobalId.Format("Session", Guid.NewGuid()) }, me.AccessToken);

        again.PayloadError("revokeSession", "SessionNotFoundError");
        unknown.PayloadError("revokeSession", "SessionNotFoundError");
    }
}
