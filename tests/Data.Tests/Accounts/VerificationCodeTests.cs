using GraphApi.Data.Accounts;
using GraphApi.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static GraphApi.Data.Tests.Accounts.TestAccounts;

namespace GraphApi.Data.Tests.Accounts;

public sealed class VerificationCodeTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_code_is_saved_with_its_purpose_as_snake_case_text_and_found_by_email_and_purpose()
    {
        var code = NewCode(VerificationPurpose.PasswordReset);
        await SaveAsync(code);

        await using var context = database.CreateDbContext();
        var found = await context.VerificationCodes
            .Where(c => c.Email == code.Email && c.Purpose == VerificationPurpose.PasswordReset && c.ConsumedAt == null)
            .SingleAsync();
        Assert.Equivalent(code, found);

        await using var command = database.DataSource.CreateCommand("SELECT purpose FROM verification_codes WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = code.Id });
        Assert.Equal("password_reset", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Counting_attempts_and_consuming_a_code_are_saved()
    {
        var code = NewCode(VerificationPurpose.SignUp);
        await SaveAsync(code);

        await using (var context = database.CreateDbContext())
        {
            var stored = await context.VerificationCodes.SingleAsync(c => c.Id == code.Id);
            stored.Attempts++;
            stored.ConsumedAt = Now.AddMinutes(1);
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateDbContext())
        {
            var stored = await context.VerificationCodes.SingleAsync(c => c.Id == code.Id);
            Assert.Equal(1, stored.Attempts);
            Assert.Equal(Now.AddMinutes(1), stored.ConsumedAt);
        }
    }

    [Fact]
    public async Task The_email_must_be_in_lower_case()
    {
        var code = NewCode(VerificationPurpose.SignUp);
        code.Email = code.Email.ToUpperInvariant();

        await AssertViolatesAsync("ck_verification_codes_email", () => SaveAsync(code));
    }

    [Fact]
    public async Task A_code_must_expire_after_it_was_created()
    {
        var code = NewCode(VerificationPurpose.EmailChange);
        code.ExpiresAt = code.CreatedAt;

        await AssertViolatesAsync("ck_verification_codes_expires_at", () => SaveAsync(code));
    }

    [Fact]
    public async Task Attempts_cannot_be_negative()
    {
        var code = NewCode(VerificationPurpose.SignUp);
        code.Attempts = -1;

        await AssertViolatesAsync("ck_verification_codes_attempts", () => SaveAsync(code));
    }

    [Fact]
    public async Task An_unknown_purpose_is_rejected()
    {
        var code = NewCode(VerificationPurpose.SignUp);
        await SaveAsync(code);

        await using var command = database.DataSource.CreateCommand("UPDATE verification_codes SET purpose = 'login' WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = code.Id });
        await AssertViolatesAsync("ck_verification_codes_purpose", () => command.ExecuteNonQueryAsync());
    }

    private static VerificationCode NewCode(VerificationPurpose purpose) => new()
    {
        Email = $"{Guid.NewGuid():N}@example.com",
        Purpose = purpose,
        CodeHash = "c0ffee",
        CreatedAt = Now,
        ExpiresAt = Now.AddMinutes(10),
    };

    private async Task SaveAsync(VerificationCode code)
    {
        await using var context = database.CreateDbContext();
        context.VerificationCodes.Add(code);
        await context.SaveChangesAsync();
    }
}
