using System.Net;
using GraphApi.Data.Accounts;
using GraphApi.Server.Tests.Infrastructure;
using GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Server.Tests.Accounts.Infrastructure;

/// <summary>The account operations of the API over HTTP, and the shortcuts tests build on (a new signed-in account…).</summary>
public sealed class AccountsApi(ApiServer server, TestDatabase database) : IDisposable
{
    public const string Password = "correct horse 1";

    /// <summary>The client at 127.0.0.1 that the shortcuts use.</summary>
    public GraphQLClient Client { get; } = new(server.BaseAddress);

    public static string NewEmail() => $"{Guid.NewGuid():N}@example.com";

    public static string NewHandle() => "u_" + Guid.NewGuid().ToString("N")[..20];

    /// <summary>A client connecting from another loopback address, so that the server sees another client address.</summary>
    public GraphQLClient ClientFrom(string localAddress, string userAgent = GraphQLClient.DefaultUserAgent) =>
        new(server.BaseAddress, IPAddress.Parse(localAddress), userAgent);

    public Task<GraphQLResponse> RequestSignUpCodeAsync(string email) =>
        Client.PostAsync(AccountOperations.RequestSignUpCode, new { email });

    /// <summary>The code of the newest email in the outbox to <paramref name="email"/>.</summary>
    public Task<string> LatestCodeAsync(string email) => EmailOutbox.LatestCodeAsync(database.DbContextFactory, email);

    public Task<GraphQLResponse> SignUpAsync(
        string email, string code, string password = Password, string? handle = null, string? displayName = null, GraphQLClient? client = null) =>
        (client ?? Client).PostAsync(AccountOperations.SignUp, new { input = new { email, code, password, handle = handle ?? NewHandle(), displayName } });

    /// <summary>Requests a code for a new (or the given) email, reads it from the outbox and signs up; asserts each step succeeded.</summary>
    public async Task<SignedInUser> NewUserAsync(string? email = null, string? handle = null)
    {
        email ??= NewEmail();
        (await RequestSignUpCodeAsync(email)).Payload("requestSignUpCode");
        var payload = (await SignUpAsync(email, await LatestCodeAsync(email), handle: handle ?? NewHandle())).Payload("signUp");
        var user = payload.GetProperty("user");
        return new SignedInUser(user.GetProperty("id").GetString()!, email, user.GetProperty("handle").GetString()!, Password, "", "")
            .WithTokensOf(payload);
    }

    public Task<GraphQLResponse> SignInAsync(string email, string password = Password, GraphQLClient? client = null) =>
        (client ?? Client).PostAsync(AccountOperations.SignIn, new { email, password });

    /// <summary>Signs <paramref name="user"/> in once more: a new session; asserts it succeeded.</summary>
    public async Task<SignedInUser> SignInAgainAsync(SignedInUser user, GraphQLClient? client = null) =>
        user.WithTokensOf((await SignInAsync(user.Email, user.Password, client)).Payload("signIn"));

    public Task<GraphQLResponse> RefreshAsync(string refreshToken) =>
        Client.PostAsync(AccountOperations.RefreshToken, new { refreshToken });

    public Task<GraphQLResponse> MeAsync(string? accessToken) => Client.PostAsync(AccountOperations.Me, accessToken: accessToken);

    public Task<GraphQLResponse> SessionsAsync(string accessToken) => Client.PostAsync(AccountOperations.Sessions, accessToken: accessToken);

    /// <summary>The id of the session <paramref name="user"/>'s access token belongs to.</summary>
    public async Task<string> CurrentSessionIdAsync(SignedInUser user)
    {
        var sessions = (await SessionsAsync(user.AccessToken)).Data("sessions");
        return sessions.EnumerateArray().Single(s => s.GetProperty("isCurrent").GetBoolean()).GetProperty("id").GetString()!;
    }

    /// <summary>Sets the account's status in the database, as moderation or deletion would.</summary>
    public async Task SetStatusAsync(SignedInUser user, UserStatus status)
    {
        await using var db = database.CreateDbContext();
        var id = (Guid)GlobalId.Parse(user.Id, typeof(Guid)).InternalId;
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.Status, status)
            .SetProperty(u => u.DeletedAt, status == UserStatus.Deleted ? DateTimeOffset.UtcNow : (DateTimeOffset?)null));
    }

    public void Dispose() => Client.Dispose();
}
