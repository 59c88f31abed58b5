using GraphApi.Auth.Accounts;
using GraphApi.Auth.Verification;
using GraphApi.Data.Accounts;
using GraphApi.Testing;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Auth.Tests.Verification;

public sealed class VerificationCodeServiceTests(DatabaseFixture database) : AuthTestClass(database)
{
    private VerificationCodeService Codes => Auth.Get<VerificationCodeService>();

    [Fact]
    public async Task A_request_mails_a_six_digit_code_and_stores_only_its_hash()
    {
        var email = TestAuth.NewEmail();
        var sent = AssertResult.Success(await Codes.RequestAsync("  " + email.ToUpperInvariant() + " ", VerificationPurpose.SignUp));

        var now = Auth.Time.GetUtcNow();
        Assert.Equal(email.ToUpperInvariant(), sent.Email);
        Assert.Equal(now.AddMinutes(10), sent.ExpiresAt);
        Assert.Equal(now.AddSeconds(60), sent.ResendAvailableAt);

        var code = await Auth.LatestCodeAsync(email.ToUpperInvariant());
        Assert.Matches("^[0-9]{6}$", code);
        await using var db = Auth.CreateDbContext();
        var stored = await db.VerificationCodes.SingleAsync(c => c.Email == email);
        Assert.Equal(VerificationPurpose.SignUp, stored.Purpose);
        Assert.Equal(64, stored.CodeHash.Length);
        Assert.DoesNotContain(code, stored.CodeHash);
        Assert.Equal(0, stored.Attempts);
        Assert.Null(stored.ConsumedAt);
    }

    [Fact]
    public async Task The_email_does_not_put_the_code_in_its_subject()
    {
        var email = TestAuth.NewEmail();
        await Codes.RequestAsync(email, VerificationPurpose.PasswordReset);

        await using var db = Auth.CreateDbContext();
        var message = await db.EmailOutbox.SingleAsync(m => m.ToAddress == email);
        Assert.Equal("Your GraphApi verification code", message.Subject);
        Assert.Contains("reset your password", message.Body);
        Assert.Contains("expires in 10 minutes", message.Body);
    }

    [Fact]
    public async Task The_right_code_is_accepted_once_and_then_counts_as_used()
    {
        var email = TestAuth.NewEmail();
        await Codes.RequestAsync(email, VerificationPurpose.SignUp);
        var code = await Auth.LatestCodeAsync(email);

        var verified = AssertResult.Success(await Codes.VerifyAsync(email.ToUpperInvariant(), VerificationPurpose.SignUp, $" {code} "));
        Assert.Equal(new VerifiedCode(email, VerificationPurpose.SignUp), verified);

        Assert.IsType<VerificationCodeUsedError>((await Codes.VerifyAsync(email, VerificationPurpose.SignUp, code)).Error);
        await using var db = Auth.CreateDbContext();
        Assert.Equal(Auth.Time.GetUtcNow(), (await db.VerificationCodes.SingleAsync(c => c.Email == email)).ConsumedAt);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_with_the_attempts_left()
    {
        var email = TestAuth.NewEmail();
        await Codes.RequestAsync(email, VerificationPurpose.SignUp);
        var code = await Auth.LatestCodeAsync(email);

        var error = Assert.IsType<InvalidVerificationCodeError>((await Codes.VerifyAsync(email, VerificationPurpose.SignUp, WrongCode(code))).Error);
        Assert.Equal(4, error.AttemptsLeft);
        Assert.Equal("The verification code is wrong; 4 attempt(s) left.", error.Message);
        AssertResult.Success(await Codes.VerifyAsync(email, VerificationPurpose.SignUp, code));
    }

    [Fact]
    public async Task After_five_wrong_guesses_the_code_is_dead_even_for_the_right_code()
    {
        var email = TestAuth.NewEmail();
        await Codes.RequestAsync(email, VerificationPurpose.SignUp);
        var code = await Auth.LatestCodeAsync(email);

        var attemptsLeft = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await Codes.VerifyAsync(email, VerificationPurpose.SignUp, WrongCode(code));
            attemptsLeft.Add(Assert.IsType<InvalidVerificationCodeError>(wrong.Error).AttemptsLeft);
        }

        Assert.Equal([4, 3, 2, 1, 0], attemptsLeft);
        Assert.IsType<VerificationCodeAttemptsExceededError>((await Codes.VerifyAsync(email, VerificationPurpose.SignUp, code)).Error);
    }

    [Fact]
    public async Task Concurrent_wrong_guesses_are_all_counted()
    {
        var email = TestAuth.NewEmail();
        await Codes.RequestAsync(email, VerificationPurpose.SignUp);
        var wrong = WrongCode(await Auth.LatestCodeAsync(email));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Codes.VerifyAsync(email, VerificationPurpose.SignUp, wrong)));

        Assert.Equal(5, results.Count(r => r.Error is InvalidVerificationCodeError));
        Assert.Equal(3, results.Count(r => r.Error is VerificationCodeAttemptsExceededError));
        await using var db = Auth.CreateDbContext();
        Assert.Equal(5, (await db.VerificationCodes.SingleAsync(c => c.Email == email)).Attempts);
    }

    [Fact]
    public async Task A_code_expires_after_ten_minutes()
    {
        var email = TestAuth.NewEmail();
        await Codes.RequestAsync(email, VerificationPurpose.SignUp);
        var code = await Auth.LatestCodeAsync(email);

        Auth.Time.Advance(TimeSpan.FromMinutes(10));

        Assert.IsType<VerificationCodeExpiredError>((await Codes.VerifyAsync(email, VerificationPurpose.SignUp, code)).Error);
    }

    [Fact]
    public async Task A_code_is_still_good_just_before_it_expires()
    {
        var email = TestAuth.NewEmail();
        await Codes.RequestAsync(email, VerificationPurpose.SignUp);
        var code = await Auth.LatestCodeAsync(email);

        Auth.Time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));

        AssertResult.Success(await Codes.VerifyAsync(email, VerificationPurpose.SignUp, code));
    }

    [Fact]
    public async Task A_new_code_replaces_the_older_one()
    {
        var email = TestAuth.NewEmail();
        await Codes.RequestAsync(email, VerificationPurpose.SignUp);
        var first = await Auth.LatestCodeAsync(email);
        Auth.Time.Advance(TimeSpan.FromSeconds(60));
        await Codes.RequestAsync(email, VerificationPurpose.SignUp);
        var second = await Auth.LatestCodeAsync(email);

        if (first != second)
        {
            Assert.IsType<InvalidVerificationCodeError>((await Codes.VerifyAsync(email, VerificationPurpose.SignUp, first)).Error);
        }

        AssertResult.Success(await Codes.VerifyAsync(email, VerificationPurpose.SignUp, second));
        await using var db = Auth.CreateDbContext();
        Assert.Equal(1, await db.VerificationCodes.CountAsync(c => c.Email == email));
    }

    [Fact]
    public async Task A_new_code_within_the_resend_interval_is_refused_with_the_time_to_wait()
    {
        var email = TestAuth.NewEmail();
        await Codes.RequestAsync(email, VerificationPurpose.SignUp);
        Auth.Time.Advance(TimeSpan.FromSeconds(45));

        var error = Assert.IsType<CodeResendTooSoonError>((await Codes.RequestAsync(email.ToUpperInvariant(), VerificationPurpose.SignUp)).Error);

        Assert.Equal(TimeSpan.FromSeconds(15), error.RetryAfter);
        Assert.Equal(15, error.RetryAfterSeconds);
        Assert.Equal("A code was sent moments ago; ask for another in 15 s.", error.Message);
        Auth.Time.Advance(TimeSpan.FromSeconds(15));
        AssertResult.Success(await Codes.RequestAsync(email, VerificationPurpose.SignUp));
    }

    [Fact]
    public async Task The_resend_interval_is_per_purpose()
    {
        var email = TestAuth.NewEmail();
        AssertResult.Success(await Codes.RequestAsync(email, VerificationPurpose.SignUp));
        AssertResult.Success(await Codes.RequestAsync(email, VerificationPurpose.PasswordReset));
    }

    [Fact]
    public async Task A_code_is_good_only_for_its_purpose()
    {
        var email = TestAuth.NewEmail();
        await Codes.RequestAsync(email, VerificationPurpose.SignUp);
        var code = await Auth.LatestCodeAsync(email);

        Assert.IsType<VerificationCodeNotFoundError>((await Codes.VerifyAsync(email, VerificationPurpose.EmailChange, code)).Error);
        AssertResult.Success(await Codes.VerifyAsync(email, VerificationPurpose.SignUp, code));
    }

    [Fact]
    public async Task Verifying_without_a_requested_code_is_refused() =>
        Assert.IsType<VerificationCodeNotFoundError>((await Codes.VerifyAsync(TestAuth.NewEmail(), VerificationPurpose.SignUp, "123456")).Error);

    [Fact]
    public async Task Lifetime_attempts_and_resend_interval_come_from_the_configuration()
    {
        await using var auth = TestAuth.Create(Database, new Dictionary<string, string?>
        {
            ["Auth:VerificationCodes:Lifetime"] = "00:02:00",
            ["Auth:VerificationCodes:MaxAttempts"] = "2",
            ["Auth:VerificationCodes:ResendInterval"] = "00:00:10",
        });
        var codes = auth.Get<VerificationCodeService>();
        var email = TestAuth.NewEmail();

        var sent = AssertResult.Success(await codes.RequestAsync(email, VerificationPurpose.SignUp));
        Assert.Equal(auth.Time.GetUtcNow().AddMinutes(2), sent.ExpiresAt);
        Assert.Equal(auth.Time.GetUtcNow().AddSeconds(10), sent.ResendAvailableAt);
        var code = await auth.LatestCodeAsync(email);
        Assert.Equal(1, Assert.IsType<InvalidVerificationCodeError>((await codes.VerifyAsync(email, VerificationPurpose.SignUp, WrongCode(code))).Error).AttemptsLeft);
        Assert.Equal(0, Assert.IsType<InvalidVerificationCodeError>((await codes.VerifyAsync(email, VerificationPurpose.SignUp, WrongCode(code))).Error).AttemptsLeft);
        Assert.IsType<VerificationCodeAttemptsExceededError>((await codes.VerifyAsync(email, VerificationPurpose.SignUp, code)).Error);

        auth.Time.Advance(TimeSpan.FromSeconds(10));
        AssertResult.Success(await codes.RequestAsync(email, VerificationPurpose.SignUp));
        code = await auth.LatestCodeAsync(email);
        auth.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.IsType<VerificationCodeExpiredError>((await codes.VerifyAsync(email, VerificationPurpose.SignUp, code)).Error);
    }

    private static string WrongCode(string code) => code == "000000" ? "000001" : "000000";
}
