using GraphApi.Data.Accounts;
using GraphApi.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static GraphApi.Data.Tests.Accounts.TestAccounts;

namespace GraphApi.Data.Tests.Accounts;

public sealed class UserTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_user_gets_a_version_7_id_when_added_and_is_read_back_as_saved()
    {
        var user = NewUser(email: $"Mixed.{Guid.NewGuid():N}@Example.COM");
        await using (var context = database.CreateDbContext())
        {
            context.Users.Add(user);
            Assert.Equal(7, user.Id.Version);
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateDbContext())
        {
            var read = await context.Users.Include(u => u.Profile).SingleAsync(u => u.Id == user.Id);
            Assert.Equal(user.Email, read.Email);
            Assert.Equal(user.Email.ToLowerInvariant(), read.EmailNormalized);
            Assert.Equal(user.Handle, read.Handle);
            Assert.Equal(UserStatus.Active, read.Status);
            Assert.Equal(Now, read.CreatedAt);
            Assert.Equal(TimeSpan.Zero, read.CreatedAt.Offset);
            Assert.Null(read.DeletedAt);
            Assert.NotNull(read.Profile);
        }
    }

    [Fact]
    public async Task The_normalized_email_is_computed_by_the_database_on_insert_and_update()
    {
        var user = NewUser();
        await using var context = database.CreateDbContext();
        context.Users.Add(user);
        await context.SaveChangesAsync();

        user.Email = "Renamed." + user.Email.ToUpperInvariant();
        await context.SaveChangesAsync();

        Assert.Equal(user.Email.ToLowerInvariant(), user.EmailNormalized);
    }

    [Fact]
    public async Task Finding_a_user_by_email_ignores_case()
    {
        var user = NewUser();
        await using (var context = database.CreateDbContext())
        {
            context.Users.Add(user);
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateDbContext())
        {
            var typed = user.Email.ToUpperInvariant();
            var found = await context.Users.SingleAsync(u => u.EmailNormalized == typed.ToLowerInvariant());
            Assert.Equal(user.Id, found.Id);
        }
    }

    [Fact]
    public async Task An_email_differing_only_in_case_from_another_users_is_rejected()
    {
        var first = NewUser();
        await SaveAsync(first);

        var error = await AssertViolatesAsync(
            AccountConstraints.UserEmailUnique, () => SaveAsync(NewUser(email: first.Email.ToUpperInvariant())));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
    }

    [Fact]
    public async Task A_taken_handle_is_rejected_even_when_its_owner_is_deleted()
    {
        var first = NewUser();
        first.Status = UserStatus.Deleted;
        first.DeletedAt = Now;
        await SaveAsync(first);

        var error = await AssertViolatesAsync(AccountConstraints.UserHandleUnique, () => SaveAsync(NewUser(handle: first.Handle)));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("a_b.c_0123456789_0123456789xyz")]
    [InlineData("...")]
    [InlineData("007")]
    public async Task Handles_of_3_to_30_lower_case_letters_digits_underscores_and_dots_are_accepted(string handle)
    {
        var user = NewUser(handle: handle);
        await SaveAsync(user);

        await using var context = database.CreateDbContext();
        Assert.True(await context.Users.AnyAsync(u => u.Handle == handle));
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("abcdefghij_abcdefghij_abcdefghi")]
    [InlineData("Upper")]
    [InlineData("with space")]
    [InlineData("dash-ed")]
    [InlineData("plus+")]
    [InlineData("한글핸들")]
    [InlineData("")]
    public async Task Other_handles_are_rejected_by_the_handle_check(string handle)
    {
        await AssertViolatesAsync("ck_users_handle", () => SaveAsync(NewUser(handle: handle)));
    }

    [Theory]
    [InlineData("no-at-sign.example.com")]
    [InlineData("two@@example.com")]
    [InlineData("with space@example.com")]
    [InlineData("@example.com")]
    [InlineData("name@")]
    public async Task Emails_without_one_at_sign_between_non_blank_parts_are_rejected(string email)
    {
        await AssertViolatesAsync("ck_users_email", () => SaveAsync(NewUser(email: email)));
    }

    [Fact]
    public async Task Emails_are_limited_to_254_characters()
    {
        var domain = "@example.com";
        var longest = new string('a', AccountLimits.EmailMaxLength - domain.Length) + domain;
        await SaveAsync(NewUser(email: longest));

        await AssertViolatesAsync("ck_users_email", () => SaveAsync(NewUser(email: "b" + longest)));
    }

    [Fact]
    public async Task A_deleted_user_needs_a_deletion_time_and_only_a_deleted_user_has_one()
    {
        var deletedWithoutTime = NewUser();
        deletedWithoutTime.Status = UserStatus.Deleted;
        await AssertViolatesAsync("ck_users_deleted_at", () => SaveAsync(deletedWithoutTime));

        var activeWithTime = NewUser();
        activeWithTime.DeletedAt = Now;
        await AssertViolatesAsync("ck_users_deleted_at", () => SaveAsync(activeWithTime));
    }

    [Fact]
    public async Task The_status_is_stored_as_snake_case_text_and_unknown_text_is_rejected()
    {
        var user = NewUser();
        user.Status = UserStatus.Suspended;
        await SaveAsync(user);

        await using var command = database.DataSource.CreateCommand("SELECT status FROM users WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = user.Id });
        Assert.Equal("suspended", await command.ExecuteScalarAsync());

        await using var update = database.DataSource.CreateCommand("UPDATE users SET status = 'banned' WHERE id = $1");
        update.Parameters.Add(new NpgsqlParameter { Value = user.Id });
        await AssertViolatesAsync("ck_users_status", () => update.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task Deleting_a_user_deletes_the_profile_and_refresh_tokens()
    {
        var user = NewUser();
        await using var context = database.CreateDbContext();
        context.Users.Add(user);
        context.RefreshTokens.Add(new RefreshToken
        {
            UserId = user.Id,
            FamilyId = Guid.CreateVersion7(),
            TokenHash = Guid.NewGuid().ToString("N"),
            CreatedAt = Now,
            ExpiresAt = Now.AddDays(14),
        });
        await context.SaveChangesAsync();

        await context.Users.Where(u => u.Id == user.Id).ExecuteDeleteAsync();

        Assert.False(await context.Profiles.AnyAsync(p => p.UserId == user.Id));
        Assert.False(await context.RefreshTokens.AnyAsync(t => t.UserId == user.Id));
    }

    private async Task SaveAsync(User user)
    {
        await using var context = database.CreateDbContext();
        context.Users.Add(user);
        await context.SaveChangesAsync();
    }
}
