using GraphApi.Server.Tests.Accounts.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Server.Tests.Accounts;

/// <summary>requestSignUpCode and signUp: every way they refuse, as typed errors in their payloads.</summary>
public sealed class SignUpTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task An_invalid_email_gets_no_code()
    {
        var error = (await Api.RequestSignUpCodeAsync("not an email")).PayloadError("requestSignUpCode", "InvalidEmailError");

        Assert.Equal("not an email", error.GetProperty("email").GetString());
        Assert.StartsWith("\"not an email\" is not a valid email address", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_second_code_within_a_minute_is_refused_then_allowed()
    {
        var email = AccountsApi.NewEmail();
        (await Api.RequestSignUpCodeAsync(email)).Payload("requestSignUpCode");
        fixture.Time.Advance(TimeSpan.FromSeconds(20));

        var tooSoon = (await Api.RequestSignUpCodeAsync(email)).PayloadError("requestSignUpCode", "CodeResendTooSoonError");
        fixture.Time.Advance(TimeSpan.FromSeconds(40));
        (await Api.RequestSignUpCodeAsync(email)).Payload("requestSignUpCode");

        Assert.Equal(40, tooSoon.GetProperty("retryAfterSeconds").GetInt32());
        Assert.Equal("A code was sent moments ago; ask for another in 40 s.", tooSoon.GetProperty("message").GetString());
        (await Api.SignUpAsync(email, await Api.LatestCodeAsync(email))).Payload("signUp");
    }

    [Fact]
    public async Task A_wrong_code_says_how_many_attempts_are_left_until_none_are()
    {
        var email = AccountsApi.NewEmail();
        (await Api.RequestSignUpCodeAsync(email)).Payload("requestSignUpCode");
        var code = await Api.LatestCodeAsync(email);
        var wrong = code == "000000" ? "111111" : "000000";

        var attemptsLeft = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            var error = (await Api.SignUpAsync(email, wrong)).PayloadError("signUp", "InvalidVerificationCodeError");
            attemptsLeft.Add(error.GetProperty("attemptsLeft").GetInt32());
        }
        var exhausted = (await Api.SignUpAsync(email, code)).PayloadError("signUp", "VerificationCodeAttemptsExceededError");

        Assert.Equal([4, 3, 2, 1, 0], attemptsLeft);
        Assert.Equal("Too many wrong attempts for this verification code; request a new one.", exhausted.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_expired_code_is_refused()
    {
        var email = AccountsApi.NewEmail();
        (await Api.RequestSignUpCodeAsync(email)).Payload("requestSignUpCode");
        var code = await Api.LatestCodeAsync(email);
        fixture.Time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        var error = (await Api.SignUpAsync(email, code)).PayloadError("signUp", "VerificationCodeExpiredError");

        Assert.Equal("The verification code has expired; request a new one.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Signing_up_without_requesting_a_code_is_refused()
    {
        var error = (await Api.SignUpAsync(AccountsApi.NewEmail(), "123456")).PayloadError("signUp", "VerificationCodeNotFoundError");

        Assert.Equal("No verification code was requested for this email; request one first.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_used_code_cannot_sign_up_again()
    {
        var email = AccountsApi.NewEmail();
        (await Api.RequestSignUpCodeAsync(email)).Payload("requestSignUpCode");
        var code = await Api.LatestCodeAsync(email);
        var user = AccountsApi.NewHandle();
        (await Api.SignUpAsync(email, code, handle: user)).Payload("signUp");

        // While the account exists, its email is taken whatever the code; once it is purged, the old code is still spent.
        var taken = (await Api.SignUpAsync(email, code)).PayloadError("signUp", "EmailTakenError");
        await using (var db = fixture.Database.CreateDbContext())
        {
            await db.Users.Where(u => u.Handle == user).ExecuteDeleteAsync();
        }
        var used = (await Api.SignUpAsync(email, code)).PayloadError("signUp", "VerificationCodeUsedError");

        Assert.Equal(email, taken.GetProperty("email").GetString());
        Assert.Equal("This verification code was already used; request a new one.", used.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_taken_email_in_any_letter_case_is_refused_at_both_steps()
    {
        var user = await Api.NewUserAsync();
        var shouted = user.Email.ToUpperInvariant();

        var request = (await Api.RequestSignUpCodeAsync(shouted)).PayloadError("requestSignUpCode", "EmailTakenError");
        var signUp = (await Api.SignUpAsync(shouted, "123456")).PayloadError("signUp", "EmailTakenError");

        Assert.Equal(shouted, request.GetProperty("email").GetString());
        Assert.Equal($"Email \"{shouted}\" is already used by another account.", signUp.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_taken_handle_in_any_letter_case_is_refused_without_using_up_a_guess()
    {
        var existing = await Api.NewUserAsync();
        var email = AccountsApi.NewEmail();
        (await Api.RequestSignUpCodeAsync(email)).Payload("requestSignUpCode");
        var code = await Api.LatestCodeAsync(email);

        var taken = (await Api.SignUpAsync(email, "000000", handle: existing.Handle.ToUpperInvariant())).PayloadError("signUp", "HandleTakenError");
        var wrongCode = (await Api.SignUpAsync(email, code == "000000" ? "111111" : "000000")).PayloadError("signUp", "InvalidVerificationCodeError");

        Assert.Equal(existing.Handle, taken.GetProperty("handle").GetString());
        Assert.Equal($"Handle \"{existing.Handle}\" is already taken.", taken.GetProperty("message").GetString());
        Assert.Equal(4, wrongCode.GetProperty("attemptsLeft").GetInt32());
    }

    [Theory]
    [InlineData("short", new[] { "TOO_SHORT", "MISSING_DIGIT" })]
    [InlineData("12345678", new[] { "MISSING_LETTER" })]
    [InlineData("longpasswordwithoutdigits", new[] { "MISSING_DIGIT" })]
    public async Task A_weak_password_lists_every_rule_it_breaks(string password, string[] problems)
    {
        var error = (await Api.SignUpAsync(AccountsApi.NewEmail(), "123456", password)).PayloadError("signUp", "WeakPasswordError");

        Assert.Equal(problems, error.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(8, error.GetProperty("minLength").GetInt32());
        Assert.Equal(64, error.GetProperty("maxLength").GetInt32());
        Assert.StartsWith("The password is too weak: ", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("has space")]
    [InlineData("dash-not-allowed")]
    [InlineData("a_handle_that_is_far_too_long_for_us")]
    public async Task An_invalid_handle_is_refused(string handle)
    {
        var error = (await Api.SignUpAsync(AccountsApi.NewEmail(), "123456", handle: handle)).PayloadError("signUp", "InvalidHandleError");

        Assert.Equal(handle, error.GetProperty("handle").GetString());
        Assert.Equal(
            $"Handle \"{handle}\" is not valid: use 3–30 characters of a-z, 0-9, '_' and '.'.",
            error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_display_name_over_50_characters_is_refused()
    {
        var error = (await Api.SignUpAsync(AccountsApi.NewEmail(), "123456", displayName: new string('a', 51)))
            .PayloadError("signUp", "InvalidDisplayNameError");

        Assert.Equal(50, error.GetProperty("maxLength").GetInt32());
    }
}
