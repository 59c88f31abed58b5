using System.Net;
using GraphApi.Data.Accounts;
using GraphApi.Testing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Data.Tests.Accounts.TestAccounts;

namespace GraphApi.Data.Tests.Accounts;

public sealed class RefreshTokenTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_token_is_saved_with_its_client_and_read_back()
    {
        var user = await SaveUserAsync();
        var token = NewToken(user, Guid.CreateVersion7());
        token.UserAgent = "Mozilla/5.0";
        token.IpAddress = IPAddress.Parse("2001:db8::1");
        await SaveAsync(token);

        await using var context = database.CreateDbContext();
        var read = await context.RefreshTokens.SingleAsync(t => t.TokenHash == token.TokenHash);
        Assert.Equivalent(token, read);
        Assert.Equal(7, read.Id.Version);
    }

    [Fact]
    public async Task Rotation_links_the_old_token_to_its_replacement_and_a_family_can_be_revoked_at_once()
    {
        var user = await SaveUserAsync();
        var family = Guid.CreateVersion7();
        var first = NewToken(user, family);
        await SaveAsync(first);

        await using (var context = database.CreateDbContext())
        {
            var old = await context.RefreshTokens.SingleAsync(t => t.Id == first.Id);
            var next = NewToken(user, family);
            context.RefreshTokens.Add(next);
            old.RevokedAt = Now.AddMinutes(20);
            old.ReplacedById = next.Id;
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateDbContext())
        {
            var revoked = await context.RefreshTokens
                .Where(t => t.FamilyId == family && t.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, Now.AddHours(1)));
            Assert.Equal(1, revoked);
            Assert.All(await context.RefreshTokens.Where(t => t.FamilyId == family).ToListAsync(), t => Assert.NotNull(t.RevokedAt));
        }
    }

    [Fact]
    public async Task Token_hashes_are_unique()
    {
        var user = await SaveUserAsync();
        var first = NewToken(user, Guid.CreateVersion7());
        await SaveAsync(first);

        var copy = NewToken(user, Guid.CreateVersion7());
        copy.TokenHash = first.TokenHash;
        await AssertViolatesAsync("ux_refresh_tokens_token_hash", () => SaveAsync(copy));
    }

    [Fact]
    public async Task A_token_is_replaced_at_most_once_and_only_when_revoked()
    {
        var user = await SaveUserAsync();
        var family = Guid.CreateVersion7();
        var replacement = NewToken(user, family);
        await SaveAsync(replacement);

        var notRevoked = NewToken(user, family);
        notRevoked.ReplacedById = replacement.Id;
        await AssertViolatesAsync("ck_refresh_tokens_replaced_by_id", () => SaveAsync(notRevoked));

        var first = NewToken(user, family);
        first.RevokedAt = Now;
        first.ReplacedById = replacement.Id;
        await SaveAsync(first);
        var second = NewToken(user, family);
        second.RevokedAt = Now;
        second.ReplacedById = replacement.Id;
        await AssertViolatesAsync("ux_refresh_tokens_replaced_by_id", () => SaveAsync(second));
    }

    [Fact]
    public async Task A_token_must_expire_after_it_was_created_and_its_user_agent_is_limited()
    {
        var user = await SaveUserAsync();
        var expired = NewToken(user, Guid.CreateVersion7());
        expired.ExpiresAt = expired.CreatedAt.AddSeconds(-1);
        await AssertViolatesAsync("ck_refresh_tokens_expires_at", () => SaveAsync(expired));

        var chatty = NewToken(user, Guid.CreateVersion7());
        chatty.UserAgent = new string('u', AccountLimits.UserAgentMaxLength + 1);
        await AssertViolatesAsync("ck_refresh_tokens_user_agent", () => SaveAsync(chatty));
    }

    [Fact]
    public async Task A_token_needs_an_existing_user()
    {
        var orphan = NewToken(NewUser(), Guid.CreateVersion7());
        orphan.UserId = Guid.CreateVersion7();

        await AssertViolatesAsync("fk_refresh_tokens_users_user_id", () => SaveAsync(orphan));
    }

    private static RefreshToken NewToken(User user, Guid family) => new()
    {
        UserId = user.Id,
        FamilyId = family,
        TokenHash = Guid.NewGuid().ToString("N"),
        CreatedAt = Now,
        ExpiresAt = Now.AddDays(14),
    };

    private async Task<User> SaveUserAsync()
    {
        var user = NewUser();
        await using var context = database.CreateDbContext();
        context.Users.Add(user);
        await context.SaveChangesAsync();
        return user;
    }

    private async Task SaveAsync(RefreshToken token)
    {
        await using var context = database.CreateDbContext();
        context.RefreshTokens.Add(token);
        await context.SaveChangesAsync();
    }
}
