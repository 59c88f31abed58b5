using GraphApi.Data.Accounts;
using GraphApi.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static GraphApi.Data.Tests.Accounts.TestAccounts;

namespace GraphApi.Data.Tests.Accounts;

public sealed class ProfileTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Every_field_is_saved_and_read_back()
    {
        var user = NewUser();
        user.Profile = new Profile
        {
            DisplayName = "김민지",
            Bio = "Runs at dawn.",
            AvatarUrl = "https://cdn.example.com/a.png",
            Birthday = new DateOnly(1995, 4, 12),
            Phone = "+821012345678",
            PhoneVerifiedAt = Now,
            TimeZone = "Asia/Seoul",
            Locale = "ko-KR",
            IsPrivate = true,
        };
        await using (var context = database.CreateDbContext())
        {
            context.Users.Add(user);
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateDbContext())
        {
            var profile = await context.Profiles.SingleAsync(p => p.UserId == user.Id);
            Assert.Equivalent(user.Profile, profile);
        }
    }

    [Fact]
    public async Task A_user_has_at_most_one_profile()
    {
        var user = NewUser();
        await using (var context = database.CreateDbContext())
        {
            context.Users.Add(user);
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateDbContext())
        {
            context.Profiles.Add(new Profile { UserId = user.Id });
            await AssertViolatesAsync("pk_profiles", () => context.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task A_profile_needs_an_existing_user()
    {
        await using var context = database.CreateDbContext();
        context.Profiles.Add(new Profile { UserId = Guid.CreateVersion7() });

        await AssertViolatesAsync("fk_profiles_users_user_id", () => context.SaveChangesAsync());
    }

    [Theory]
    [InlineData("display_name", AccountLimits.DisplayNameMaxLength, "ck_profiles_display_name")]
    [InlineData("bio", AccountLimits.BioMaxLength, "ck_profiles_bio")]
    [InlineData("avatar_url", AccountLimits.AvatarUrlMaxLength, "ck_profiles_avatar_url")]
    [InlineData("time_zone", AccountLimits.TimeZoneMaxLength, "ck_profiles_time_zone")]
    [InlineData("locale", AccountLimits.LocaleMaxLength, "ck_profiles_locale")]
    public async Task Text_fields_accept_their_limit_and_reject_one_character_more(string column, int limit, string constraint)
    {
        var userId = await SaveUserAsync();

        await SetAsync(userId, column, new string('x', limit));
        await AssertViolatesAsync(constraint, () => SetAsync(userId, column, new string('x', limit + 1)));
    }

    [Theory]
    [InlineData("display_name", "ck_profiles_display_name")]
    [InlineData("time_zone", "ck_profiles_time_zone")]
    [InlineData("locale", "ck_profiles_locale")]
    public async Task Names_that_cannot_be_empty_are_null_rather_than_empty(string column, string constraint)
    {
        var userId = await SaveUserAsync();

        await AssertViolatesAsync(constraint, () => SetAsync(userId, column, ""));
    }

    [Theory]
    [InlineData("+8210")]
    [InlineData("01012345678")]
    [InlineData("+0101234567")]
    [InlineData("+82 10 1234 5678")]
    [InlineData("+1234567890123456")]
    public async Task Phones_not_in_E164_form_are_rejected(string phone)
    {
        var userId = await SaveUserAsync();

        await AssertViolatesAsync("ck_profiles_phone", () => SetAsync(userId, "phone", phone));
    }

    [Fact]
    public async Task Only_a_profile_with_a_phone_can_have_it_verified()
    {
        var user = NewUser();
        user.Profile = new Profile { PhoneVerifiedAt = Now };

        await using var context = database.CreateDbContext();
        context.Users.Add(user);
        await AssertViolatesAsync("ck_profiles_phone_verified_at", () => context.SaveChangesAsync());
    }

    private async Task<Guid> SaveUserAsync()
    {
        var user = NewUser();
        await using var context = database.CreateDbContext();
        context.Users.Add(user);
        await context.SaveChangesAsync();
        return user.Id;
    }

    private async Task SetAsync(Guid userId, string column, string value)
    {
        await using var command = database.DataSource.CreateCommand($"UPDATE profiles SET {column} = $1 WHERE user_id = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = value });
        command.Parameters.Add(new NpgsqlParameter { Value = userId });
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
