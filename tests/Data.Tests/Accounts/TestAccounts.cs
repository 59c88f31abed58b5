using GraphApi.Data.Accounts;
using Npgsql;

namespace GraphApi.Data.Tests.Accounts;

/// <summary>Entities and assertions shared by the accounts tests; every new user has a fresh email and handle.</summary>
internal static class TestAccounts
{
    public static readonly DateTimeOffset Now = new(2025, 3, 1, 9, 30, 0, TimeSpan.Zero);

    public static User NewUser(string? email = null, string? handle = null)
    {
        var unique = Guid.NewGuid().ToString("N")[..12];
        return new User
        {
            Email = email ?? $"{unique}@example.com",
            Handle = handle ?? $"user_{unique}",
            PasswordHash = "AQAAAAIAAYagAAAAEIj7",
            CreatedAt = Now,
            Profile = new Profile(),
        };
    }

    /// <summary>Runs <paramref name="action"/> and asserts the database refused it with <paramref name="constraint"/>.</summary>
    public static async Task<PostgresException> AssertViolatesAsync(string constraint, Func<Task> action)
    {
        var error = await Record.ExceptionAsync(action);
        var postgres = error as PostgresException ?? error?.InnerException as PostgresException;
        Assert.True(postgres is not null, $"Expected a violation of {constraint}, but got: {error?.ToString() ?? "no error"}");
        Assert.Equal(constraint, postgres.ConstraintName);
        return postgres;
    }
}
