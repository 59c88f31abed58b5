using System.Net;
using GraphApi.Auth.Accounts;
using GraphApi.Auth.Passwords;
using GraphApi.Data.Accounts;
using GraphApi.Testing;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Auth.Tests.Accounts;

public sealed class SignInTests(DatabaseFixture database) : AuthTestClass(database)
{
    [Fact]
    public async Task The_right_password_signs_in_whatever_the_case_of_the_email()
    {
        var account = await Auth.SignUpAsync();
        var ip = IPAddress.Parse("2001:db8::5");

        var signedIn = AssertResult.Success(await Accounts.SignInAsync($" {account.User.Email.ToUpperInvariant()} ", TestAuth.Password, "Agent/2", ip));

        Assert.Equal(account.User.Id, signedIn.User.Id);
        Assert.NotEqual(account.SessionId, signedIn.SessionId);
        await using var db = Auth.CreateDbContext();
        var token = await db.RefreshTokens.SingleAsync(t => t.FamilyId == signedIn.SessionId);
        Assert.Equal(("Agent/2", ip), (token.UserAgent, token.IpAddress));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_error()
    {
        var account = await Auth.SignUpAsync();

        var wrongPassword = await Accounts.SignInAsync(account.User.Email, "wrong password 1", null, null);
        var unknownEmail = await Accounts.SignInAsync(TestAuth.NewEmail(), TestAuth.Password, null, null);

        Assert.IsType<InvalidCredentialsError>(wrongPassword.Error);
        Assert.Equal(wrongPassword.Error, unknownEmail.Error);
        Assert.Equal("The email or the password is wrong.", wrongPassword.Error.Message);
    }

    [Fact]
    public async Task A_suspended_account_is_refused_with_its_own_error()
    {
        var account = await Auth.SignUpAsync();
        await Auth.SetStatusAsync(account.User.Id, UserStatus.Suspended);

        Assert.IsType<AccountSuspendedError>((await Accounts.SignInAsync(account.User.Email, TestAuth.Password, null, null)).Error);
    }

    [Fact]
    public async Task A_deleted_account_is_refused_with_its_own_error()
    {
        var account = await Auth.SignUpAsync();
        await Auth.SetStatusAsync(account.User.Id, UserStatus.Deleted);

        Assert.IsType<AccountDeletedError>((await Accounts.SignInAsync(account.User.Email, TestAuth.Password, null, null)).Error);
    }

    [Fact]
    public async Task A_suspended_account_with_a_wrong_password_gets_only_the_credentials_error()
    {
        var account = await Auth.SignUpAsync();
        await Auth.SetStatusAsync(account.User.Id, UserStatus.Suspended);

        Assert.IsType<InvalidCredentialsError>((await Accounts.SignInAsync(account.User.Email, "wrong password 1", null, null)).Error);
    }

    [Fact]
    public async Task Signing_in_rehashes_a_password_hashed_with_fewer_iterations()
    {
        var account = await Auth.SignUpAsync();
        var oldHash = (await Auth.LoadUserAsync(account.User.Id)).PasswordHash;
        await using var stronger = TestAuth.Create(Database, new Dictionary<string, string?> { ["Auth:Passwords:HashIterations"] = "2000" });

        AssertResult.Success(await stronger.Accounts.SignInAsync(account.User.Email, TestAuth.Password, null, null));

        var user = await Auth.LoadUserAsync(account.User.Id);
        Assert.NotEqual(oldHash, user.PasswordHash);
        Assert.Equal(PasswordCheck.Correct, stronger.Get<PasswordService>().Verify(user, TestAuth.Password));
    }

    [Fact]
    public async Task A_current_hash_is_left_alone()
    {
        var account = await Auth.SignUpAsync();
        var hash = (await Auth.LoadUserAsync(account.User.Id)).PasswordHash;

        AssertResult.Success(await Accounts.SignInAsync(account.User.Email, TestAuth.Password, null, null));

        Assert.Equal(hash, (await Auth.LoadUserAsync(account.User.Id)).PasswordHash);
    }

    [Fact]
    public async Task The_eleventh_attempt_in_a_minute_from_one_address_is_refused()
    {
        await using var auth = TestAuth.Create(Database);
        var ip = IPAddress.Parse("192.0.2.11");
        for (var i = 0; i < 10; i++)
        {
            Assert.IsType<InvalidCredentialsError>((await auth.Accounts.SignInAsync(TestAuth.NewEmail(), TestAuth.Password, null, ip)).Error);
        }

        var refused = Assert.IsType<TooManyAttemptsError>((await auth.Accounts.SignInAsync(TestAuth.NewEmail(), TestAuth.Password, null, ip)).Error);

        Assert.Equal(60, refused.RetryAfterSeconds);
        Assert.Equal("Too many sign-in attempts; try again in 60 s.", refused.Message);
        Assert.IsType<InvalidCredentialsError>((await auth.Accounts.SignInAsync(TestAuth.NewEmail(), TestAuth.Password, null, IPAddress.Parse("192.0.2.12"))).Error);
    }

    [Fact]
    public async Task The_sixth_attempt_in_a_minute_for_one_account_is_refused_even_with_the_right_password()
    {
        await using var auth = TestAuth.Create(Database);
        var account = await auth.SignUpAsync();
        for (var i = 0; i < 5; i++)
        {
            await auth.Accounts.SignInAsync(account.User.Email, "wrong password 1", null, IPAddress.Parse($"192.0.2.{20 + i}"));
        }

        var result = await auth.Accounts.SignInAsync(account.User.Email.ToUpperInvariant(), TestAuth.Password, null, IPAddress.Parse("192.0.2.99"));

        Assert.IsType<TooManyAttemptsError>(result.Error);
    }

    [Fact]
    public async Task Rate_limits_come_from_the_configuration()
    {
        await using var auth = TestAuth.Create(Database, new Dictionary<string, string?>
        {
            ["Auth:SignInRateLimit:PerAccountPermitLimit"] = "1",
            ["Auth:SignInRateLimit:Window"] = "00:05:00",
        });
        var email = TestAuth.NewEmail();
        await auth.Accounts.SignInAsync(email, TestAuth.Password, null, null);

        var refused = Assert.IsType<TooManyAttemptsError>((await auth.Accounts.SignInAsync(email, TestAuth.Password, null, null)).Error);

        Assert.Equal(300, refused.RetryAfterSeconds);
    }
}
