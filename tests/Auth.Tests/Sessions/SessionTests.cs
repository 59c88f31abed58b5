using System.Net;
using GraphApi.Auth.Accounts;
using GraphApi.Auth.Sessions;
using GraphApi.Auth.Tokens;
using GraphApi.Testing;

namespace GraphApi.Auth.Tests.Sessions;

public sealed class SessionTests(DatabaseFixture database) : AuthTestClass(database)
{
    [Fact]
    public async Task Lists_the_active_sessions_most_recently_used_first_with_the_current_one_marked()
    {
        var phone = await Auth.SignUpAsync();
        var signedUpAt = Auth.Time.GetUtcNow();
        Auth.Time.Advance(TimeSpan.FromHours(1));
        var laptopIp = IPAddress.Parse("2001:db8::9");
        var laptop = AssertResult.Success(await Accounts.SignInAsync(phone.User.Email, TestAuth.Password, "Laptop", laptopIp));
        Auth.Time.Advance(TimeSpan.FromHours(1));
        await Accounts.RefreshAsync(phone.RefreshToken.Token);
        var refreshedAt = Auth.Time.GetUtcNow();
        var ended = AssertResult.Success(await Accounts.SignInAsync(phone.User.Email, TestAuth.Password, null, null));
        await Accounts.SignOutAsync(Session(ended));

        var sessions = await Accounts.ListSessionsAsync(Session(laptop));

        Assert.Equal(
            [
                new SessionInfo(phone.SessionId, signedUpAt, refreshedAt, refreshedAt.AddDays(14), TestAuth.ClientUserAgent, TestAuth.ClientIp, false),
                new SessionInfo(laptop.SessionId, signedUpAt.AddHours(1), signedUpAt.AddHours(1), signedUpAt.AddHours(1).AddDays(14), "Laptop", laptopIp, true),
            ],
            sessions);
    }

    [Fact]
    public async Task Finding_sessions_by_id_returns_only_the_callers_active_ones()
    {
        var phone = await Auth.SignUpAsync();
        Auth.Time.Advance(TimeSpan.FromMinutes(1));
        var laptop = AssertResult.Success(await Accounts.SignInAsync(phone.User.Email, TestAuth.Password, "Laptop", null));
        var ended = AssertResult.Success(await Accounts.SignInAsync(phone.User.Email, TestAuth.Password, null, null));
        await Accounts.SignOutAsync(Session(ended));
        var someoneElse = await Auth.SignUpAsync();

        var found = await Accounts.FindSessionsAsync(
            Session(laptop), [phone.SessionId, laptop.SessionId, ended.SessionId, someoneElse.SessionId, Guid.NewGuid()]);

        Assert.Equal(
            [(laptop.SessionId, true), (phone.SessionId, false)],
            found.Select(session => (session.Id, session.IsCurrent)));
    }

    [Fact]
    public async Task Expired_sessions_are_not_listed()
    {
        var signedIn = await Auth.SignUpAsync();
        Auth.Time.Advance(TimeSpan.FromDays(14));

        Assert.Empty(await Accounts.ListSessionsAsync(Session(signedIn)));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_its_access_tokens_but_not_other_sessions()
    {
        var signedIn = await Auth.SignUpAsync();
        var other = AssertResult.Success(await Accounts.SignInAsync(signedIn.User.Email, TestAuth.Password, null, null));
        Assert.True((await Validate(signedIn)).IsValid);

        await Accounts.SignOutAsync(Session(signedIn));

        Assert.Equal(AccessTokenFailure.SessionEnded, (await Validate(signedIn)).Failure);
        Assert.Equal(new InvalidRefreshTokenError(RefreshTokenFailure.Revoked), (await Accounts.RefreshAsync(signedIn.RefreshToken.Token)).Error);
        Assert.True((await Validate(other)).IsValid);
        Assert.Equal([other.SessionId], (await Accounts.ListSessionsAsync(Session(other))).Select(s => s.Id));
        await Accounts.SignOutAsync(Session(signedIn));
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_session_of_the_user_only()
    {
        var first = await Auth.SignUpAsync();
        var second = AssertResult.Success(await Accounts.SignInAsync(first.User.Email, TestAuth.Password, null, null));
        var third = AssertResult.Success(await Accounts.SignInAsync(first.User.Email, TestAuth.Password, null, null));
        await Accounts.RefreshAsync(third.RefreshToken.Token);
        var someoneElse = await Auth.SignUpAsync();

        Assert.Equal(3, await Accounts.SignOutEverywhereAsync(Session(second)));

        foreach (var session in new[] { first, second, third })
        {
            Assert.Equal(AccessTokenFailure.SessionEnded, (await Validate(session)).Failure);
        }

        Assert.Empty(await Accounts.ListSessionsAsync(Session(first)));
        Assert.True((await Validate(someoneElse)).IsValid);
        Assert.Equal(0, await Accounts.SignOutEverywhereAsync(Session(second)));
    }

    [Fact]
    public async Task Revoking_one_of_ones_sessions_ends_it()
    {
        var current = await Auth.SignUpAsync();
        var other = AssertResult.Success(await Accounts.SignInAsync(current.User.Email, TestAuth.Password, null, null));

        Assert.Equal(other.SessionId, AssertResult.Success(await Accounts.RevokeSessionAsync(Session(current), other.SessionId)));

        Assert.Equal(AccessTokenFailure.SessionEnded, (await Validate(other)).Failure);
        Assert.Equal(new InvalidRefreshTokenError(RefreshTokenFailure.Revoked), (await Accounts.RefreshAsync(other.RefreshToken.Token)).Error);
        Assert.True((await Validate(current)).IsValid);
    }

    [Fact]
    public async Task Someone_elses_session_cannot_be_revoked()
    {
        var me = await Auth.SignUpAsync();
        var someoneElse = await Auth.SignUpAsync();

        var result = await Accounts.RevokeSessionAsync(Session(me), someoneElse.SessionId);

        Assert.Equal(new SessionNotFoundError(someoneElse.SessionId), result.Error);
        Assert.Equal($"You have no active session \"{someoneElse.SessionId}\".", result.Error!.Message);
        Assert.True((await Validate(someoneElse)).IsValid);
        AssertResult.Success(await Accounts.RefreshAsync(someoneElse.RefreshToken.Token));
    }

    [Fact]
    public async Task An_unknown_or_already_ended_session_cannot_be_revoked()
    {
        var me = await Auth.SignUpAsync();
        var other = AssertResult.Success(await Accounts.SignInAsync(me.User.Email, TestAuth.Password, null, null));
        AssertResult.Success(await Accounts.RevokeSessionAsync(Session(me), other.SessionId));

        Assert.IsType<SessionNotFoundError>((await Accounts.RevokeSessionAsync(Session(me), other.SessionId)).Error);
        Assert.IsType<SessionNotFoundError>((await Accounts.RevokeSessionAsync(Session(me), Guid.CreateVersion7())).Error);
    }

    private static CurrentSession Session(SignedIn signedIn) => new(signedIn.User.Id, signedIn.SessionId);

    private Task<AccessTokenValidation> Validate(SignedIn signedIn) =>
        Auth.Get<AccessTokenValidator>().ValidateAsync(signedIn.AccessToken.Token);
}
