using System.Text.Json;
using GraphApi.Data.Accounts;
using GraphApi.Data.Follows;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Server.Tests.Follows.Infrastructure;

/// <summary>
/// The follow operations over HTTP, and shortcuts that write follows and profiles straight to the database. Users are
/// named by their global ids, as the API names them.
/// </summary>
public sealed class FollowsApi(AccountsApi accounts, TestDatabase database)
{
    public AccountsApi Accounts => accounts;

    public GraphQLClient Client => accounts.Client;

    /// <summary>The global id of a user id.</summary>
    public static string UserId(Guid id) => GlobalId.Format("User", id);

    /// <summary>A global id of a user that does not exist.</summary>
    public static string UnknownUserId() => UserId(Guid.CreateVersion7());

    /// <summary>The raw id of a user's global id.</summary>
    public static Guid RawId(string userId) => (Guid)GlobalId.Parse(userId, typeof(Guid)).InternalId;

    public Task<GraphQLResponse> FollowAsync(SignedInUser viewer, string userId) =>
        Client.PostAsync(FollowOperations.FollowUser, new { userId }, viewer.AccessToken);

    public Task<GraphQLResponse> UnfollowAsync(SignedInUser viewer, string userId) =>
        Client.PostAsync(FollowOperations.UnfollowUser, new { userId }, viewer.AccessToken);

    public Task<GraphQLResponse> CancelRequestAsync(SignedInUser viewer, string userId) =>
        Client.PostAsync(FollowOperations.CancelFollowRequest, new { userId }, viewer.AccessToken);

    public Task<GraphQLResponse> AcceptRequestAsync(SignedInUser viewer, string userId) =>
        Client.PostAsync(FollowOperations.AcceptFollowRequest, new { userId }, viewer.AccessToken);

    public Task<GraphQLResponse> DeclineRequestAsync(SignedInUser viewer, string userId) =>
        Client.PostAsync(FollowOperations.DeclineFollowRequest, new { userId }, viewer.AccessToken);

    /// <summary>The user's follow counts and connection to the viewer (anonymous when <paramref name="viewer"/> is null).</summary>
    public async Task<JsonElement> UserAsync(string id, SignedInUser? viewer = null) =>
        (await Client.PostAsync(FollowOperations.User, new { id }, viewer?.AccessToken)).Data("user");

    /// <summary>A new account made through the API; private when asked.</summary>
    public async Task<SignedInUser> NewUserAsync(bool isPrivate = false)
    {
        var user = await accounts.NewUserAsync();
        if (isPrivate)
        {
            await SetPrivateAsync(user.Id, true);
        }
        return user;
    }

    public async Task SetPrivateAsync(string userId, bool isPrivate)
    {
        await using var db = database.CreateDbContext();
        var id = RawId(userId);
        await db.Profiles.Where(p => p.UserId == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsPrivate, isPrivate));
    }

    /// <summary>Writes follows straight to the database (setting up a graph without a request per edge).</summary>
    public async Task AddFollowsAsync(params (string Follower, string Followee)[] pairs)
    {
        await using var db = database.CreateDbContext();
        var at = DateTimeOffset.UtcNow;
        foreach (var (follower, followee) in pairs)
        {
            at = at.AddMilliseconds(1);
            db.Follows.Add(new Follow { FollowerId = RawId(follower), FolloweeId = RawId(followee), CreatedAt = at });
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Active users written straight to the database (no sign-in), with their ids.</summary>
    public async Task<IReadOnlyList<string>> AddUsersAsync(int count, bool isPrivate = false, string handlePrefix = "f")
    {
        await using var db = database.CreateDbContext();
        var users = Enumerable.Range(0, count).Select(i => new User
        {
            Email = $"{Guid.NewGuid():N}@example.com",
            Handle = $"{handlePrefix}{i:000}_{Guid.NewGuid().ToString("N")[..8]}",
            PasswordHash = "not-a-hash",
            CreatedAt = DateTimeOffset.UtcNow,
            Profile = new Profile { IsPrivate = isPrivate },
        }).ToList();
        db.Users.AddRange(users);
        await db.SaveChangesAsync();
        return [.. users.Select(u => UserId(u.Id))];
    }

    public async Task<bool> RequestExistsAsync(string requesterId, string targetId)
    {
        await using var db = database.CreateDbContext();
        var (requester, target) = (RawId(requesterId), RawId(targetId));
        return await db.FollowRequests.AnyAsync(r => r.RequesterId == requester && r.TargetId == target);
    }

    public async Task<int> FollowRowCountAsync(string followerId, string followeeId)
    {
        await using var db = database.CreateDbContext();
        var (follower, followee) = (RawId(followerId), RawId(followeeId));
        return await db.Follows.CountAsync(f => f.FollowerId == follower && f.FolloweeId == followee);
    }
}
