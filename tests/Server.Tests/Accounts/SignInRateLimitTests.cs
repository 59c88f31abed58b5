using GraphApi.Server.Tests.Accounts.Infrastructure;

namespace GraphApi.Server.Tests.Accounts;

/// <summary>
/// signIn's rate limits, per client address and per account, on a server that allows 3 attempts per address and 2 per
/// email in a minute. Each test uses loopback addresses of its own (the server sees 127.0.0.x as different clients).
/// </summary>
public sealed class SignInRateLimitTests(SignInRateLimitTests.Fixture fixture) : IClassFixture<SignInRateLimitTests.Fixture>
{
    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task One_address_gets_three_attempts_a_minute_whatever_the_emails_and_other_addresses_are_not_affected()
    {
        var user = await Api.NewUserAsync();
        using var attacker = Api.ClientFrom("127.0.0.21");
        using var neighbour = Api.ClientFrom("127.0.0.22");

        for (var i = 0; i < 3; i++)
        {
            (await Api.SignInAsync(AccountsApi.NewEmail(), client: attacker)).PayloadError("signIn", "InvalidCredentialsError");
        }
        var limited = (await Api.SignInAsync(user.Email, client: attacker)).PayloadError("signIn", "TooManyAttemptsError");
        var other = (await Api.SignInAsync(user.Email, client: neighbour)).Payload("signIn");

        Assert.InRange(limited.GetProperty("retryAfterSeconds").GetInt32(), 1, 60);
        Assert.StartsWith("Too many sign-in attempts; try again in ", limited.GetProperty("message").GetString());
        Assert.Equal(user.Id, other.GetProperty("user").GetProperty("id").GetString());
    }

    [Fact]
    public async Task One_account_gets_two_attempts_a_minute_from_any_addresses_even_with_the_right_password()
    {
        var user = await Api.NewUserAsync();
        var other = await Api.NewUserAsync();
        using var first = Api.ClientFrom("127.0.0.31");
        using var second = Api.ClientFrom("127.0.0.32");
        using var third = Api.ClientFrom("127.0.0.33");

        (await Api.SignInAsync(user.Email, "wrong password 1", first)).PayloadError("signIn", "InvalidCredentialsError");
        (await Api.SignInAsync(user.Email.ToUpperInvariant(), "wrong password 2", second)).PayloadError("signIn", "InvalidCredentialsError");
        var limited = (await Api.SignInAsync(user.Email, client: third)).PayloadError("signIn", "TooManyAttemptsError");
        var otherAccount = (await Api.SignInAsync(other.Email, client: third)).Payload("signIn");

        Assert.InRange(limited.GetProperty("retryAfterSeconds").GetInt32(), 1, 60);
        Assert.Equal(other.Id, otherAccount.GetProperty("user").GetProperty("id").GetString());
    }

    /// <summary>The server with low sign-in limits.</summary>
    public sealed class Fixture : AccountsApiFixture
    {
        protected override string[] Settings =>
        [
            "--Auth:SignInRateLimit:PerIpPermitLimit=3",
            "--Auth:SignInRateLimit:PerAccountPermitLimit=2",
        ];
    }
}
