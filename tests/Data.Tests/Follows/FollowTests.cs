using GraphApi.Data.Follows;
using GraphApi.Testing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Data.Tests.Accounts.TestAccounts;

namespace GraphApi.Data.Tests.Follows;

public sealed class FollowTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_follow_is_saved_and_found_from_both_sides()
    {
        var (alice, bob) = (await SaveUserAsync(), await SaveUserAsync());
        await SaveAsync(new Follow { FollowerId = alice, FolloweeId = bob, CreatedAt = Now });

        await using var context = database.CreateDbContext();
        Assert.Equal([bob], await context.Follows.Where(f => f.FollowerId == alice).Select(f => f.FolloweeId).ToListAsync());
        Assert.Equal([alice], await context.Follows.Where(f => f.FolloweeId == bob).Select(f => f.FollowerId).ToListAsync());
    }

    [Fact]
    public async Task A_pair_is_followed_at_most_once()
    {
        var (alice, bob) = (await SaveUserAsync(), await SaveUserAsync());
        await SaveAsync(new Follow { FollowerId = alice, FolloweeId = bob, CreatedAt = Now });

        await AssertViolatesAsync(FollowConstraints.FollowPrimaryKey,
            () => SaveAsync(new Follow { FollowerId = alice, FolloweeId = bob, CreatedAt = Now }));
    }

    [Fact]
    public async Task Nobody_follows_themselves()
    {
        var alice = await SaveUserAsync();

        await AssertViolatesAsync("ck_follows_not_self",
            () => SaveAsync(new Follow { FollowerId = alice, FolloweeId = alice, CreatedAt = Now }));
    }

    [Fact]
    public async Task A_follow_needs_existing_users_and_goes_with_them()
    {
        var alice = await SaveUserAsync();
        await AssertViolatesAsync("fk_follows_users_followee_id",
            () => SaveAsync(new Follow { FollowerId = alice, FolloweeId = Guid.CreateVersion7(), CreatedAt = Now }));

        var bob = await SaveUserAsync();
        await SaveAsync(new Follow { FollowerId = alice, FolloweeId = bob, CreatedAt = Now });
        await using var context = database.CreateDbContext();
        await context.Users.Where(u => u.Id == bob).ExecuteDeleteAsync();
        Assert.False(await context.Follows.AnyAsync(f => f.FollowerId == alice));
    }

    [Fact]
    public async Task A_request_is_pending_at_most_once_per_pair_and_never_to_oneself()
    {
        var (alice, bob) = (await SaveUserAsync(), await SaveUserAsync());
        var request = new FollowRequest { RequesterId = alice, TargetId = bob, CreatedAt = Now };
        await SaveAsync(request);
        Assert.Equal(7, request.Id.Version);

        await AssertViolatesAsync(FollowConstraints.RequestPairUnique,
            () => SaveAsync(new FollowRequest { RequesterId = alice, TargetId = bob, CreatedAt = Now }));
        await AssertViolatesAsync("ck_follow_requests_not_self",
            () => SaveAsync(new FollowRequest { RequesterId = alice, TargetId = alice, CreatedAt = Now }));

        // The other direction is a different request.
        await SaveAsync(new FollowRequest { RequesterId = bob, TargetId = alice, CreatedAt = Now });
        await using var context = database.CreateDbContext();
        Assert.Equal(2, await context.FollowRequests.CountAsync(r => r.RequesterId == alice || r.RequesterId == bob));
    }

    private async Task<Guid> SaveUserAsync()
    {
        var user = NewUser();
        await using var context = database.CreateDbContext();
        context.Users.Add(user);
        await context.SaveChangesAsync();
        return user.Id;
    }

    private async Task SaveAsync(object entity)
    {
        await using var context = database.CreateDbContext();
        context.Add(entity);
        await context.SaveChangesAsync();
    }
}
