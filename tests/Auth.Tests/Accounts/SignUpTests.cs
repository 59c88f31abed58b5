using GraphApi.Auth.Accounts;
using GraphApi.Auth.Passwords;
using GraphApi.Auth.Tokens;
using GraphApi.Auth.Verification;
using GraphApi.Data.Accounts;
using GraphApi.Testing;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Auth.Tests.Accounts;

public sealed class SignUpTests(DatabaseFixture database) : AuthTestClass(database)
{
    [Fact]
    public async Task Signing_up_with_the_mailed_code_creates_the_user_and_profile_and_signs_in()
    {
        var email = "New.Person+" + Guid.NewGuid().ToString("N")[..8] + "@Example.com";
        AssertResult.Success(await Accounts.RequestSignUpCodeAsync(email));
        var handle = "New_Person." + Guid.NewGuid().ToString("N")[..8];

        var signedIn = AssertResult.Success(await Accounts.SignUpAsync(
            $" {email} ", await Auth.LatestCodeAsync(email), TestAuth.Password, handle, "  New Person ",
            TestAuth.ClientUserAgent, TestAuth.ClientIp));

        var user = await Auth.LoadUserAsync(signedIn.User.Id);
        Assert.Equal(email, user.Email);
        Assert.Equal(email.ToLowerInvariant(), user.EmailNormalized);
        Assert.Equal(handle.ToLowerInvariant(), user.Handle);
        Assert.Equal(UserStatus.Active, user.Status);
        Assert.Equal(Auth.Time.GetUtcNow(), user.CreatedAt);
        Assert.Equal("New Person", user.Profile!.DisplayName);
        Assert.Equal(PasswordCheck.Correct, Auth.Get<PasswordService>().Verify(user, TestAuth.Password));

        var validation = await Auth.Get<AccessTokenValidator>().ValidateAsync(signedIn.AccessToken.Token);
        Assert.True(validation.IsValid, validation.Failure.ToString());
        Assert.Equal(user.Id.ToString(), validation.Principal!.FindFirst(AccessTokenClaims.UserId)!.Value);
        Assert.Equal(signedIn.SessionId.ToString(), validation.Principal.FindFirst(AccessTokenClaims.SessionId)!.Value);
        AssertResult.Success(await Accounts.RefreshAsync(signedIn.RefreshToken.Token));
    }

    [Fact]
    public async Task A_blank_display_name_is_no_display_name()
    {
        var email = TestAuth.NewEmail();
        await Accounts.RequestSignUpCodeAsync(email);

        var signedIn = AssertResult.Success(await Accounts.SignUpAsync(
            email, await Auth.LatestCodeAsync(email), TestAuth.Password, TestAuth.NewHandle(), "   ", null, null));

        Assert.Null((await Auth.LoadUserAsync(signedIn.User.Id)).Profile!.DisplayName);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("two@@example.com")]
    [InlineData("spa ce@example.com")]
    [InlineData("Name <name@example.com>")]
    [InlineData("")]
    public async Task An_invalid_email_gets_no_code(string email)
    {
        var error = Assert.IsType<InvalidEmailError>((await Accounts.RequestSignUpCodeAsync(email)).Error);

        Assert.Equal(email, error.Email);
        Assert.Contains($"\"{email}\" is not a valid email address", error.Message);
    }

    [Fact]
    public async Task An_email_longer_than_254_characters_is_invalid() =>
        Assert.IsType<InvalidEmailError>((await Accounts.RequestSignUpCodeAsync(new string('a', 243) + "@example.com")).Error);

    [Fact]
    public async Task A_taken_email_gets_no_code_whatever_its_case()
    {
        var signedIn = await Auth.SignUpAsync();

        var error = Assert.IsType<EmailTakenError>((await Accounts.RequestSignUpCodeAsync(signedIn.User.Email.ToUpperInvariant())).Error);

        Assert.Equal($"Email \"{signedIn.User.Email.ToUpperInvariant()}\" is already used by another account.", error.Message);
    }

    [Fact]
    public async Task A_second_code_request_within_a_minute_is_throttled()
    {
        var email = TestAuth.NewEmail();
        AssertResult.Success(await Accounts.RequestSignUpCodeAsync(email));

        Assert.IsType<CodeResendTooSoonError>((await Accounts.RequestSignUpCodeAsync(email)).Error);
    }

    [Fact]
    public async Task A_wrong_code_creates_nothing_and_the_right_one_still_works()
    {
        var email = TestAuth.NewEmail();
        await Accounts.RequestSignUpCodeAsync(email);
        var code = await Auth.LatestCodeAsync(email);

        var wrong = await Accounts.SignUpAsync(email, code == "999999" ? "999998" : "999999", TestAuth.Password, TestAuth.NewHandle(), null, null, null);

        Assert.Equal(4, Assert.IsType<InvalidVerificationCodeError>(wrong.Error).AttemptsLeft);
        Assert.False(await UserExistsAsync(email));
        AssertResult.Success(await Accounts.SignUpAsync(email, code, TestAuth.Password, TestAuth.NewHandle(), null, null, null));
    }

    [Fact]
    public async Task An_expired_code_is_refused()
    {
        var email = TestAuth.NewEmail();
        await Accounts.RequestSignUpCodeAsync(email);
        var code = await Auth.LatestCodeAsync(email);
        Auth.Time.Advance(TimeSpan.FromMinutes(11));

        var result = await Accounts.SignUpAsync(email, code, TestAuth.Password, TestAuth.NewHandle(), null, null, null);

        Assert.IsType<VerificationCodeExpiredError>(result.Error);
        Assert.False(await UserExistsAsync(email));
    }

    [Fact]
    public async Task A_code_exhausted_by_wrong_guesses_is_refused()
    {
        var email = TestAuth.NewEmail();
        await Accounts.RequestSignUpCodeAsync(email);
        var code = await Auth.LatestCodeAsync(email);
        for (var i = 0; i < 5; i++)
        {
            await Accounts.SignUpAsync(email, "not it", TestAuth.Password, TestAuth.NewHandle(), null, null, null);
        }

        var result = await Accounts.SignUpAsync(email, code, TestAuth.Password, TestAuth.NewHandle(), null, null, null);

        Assert.IsType<VerificationCodeAttemptsExceededError>(result.Error);
    }

    [Fact]
    public async Task A_used_code_cannot_be_used_again()
    {
        var email = TestAuth.NewEmail();
        await Accounts.RequestSignUpCodeAsync(email);
        var code = await Auth.LatestCodeAsync(email);
        AssertResult.Success(await Accounts.SignUpAsync(email, code, TestAuth.Password, TestAuth.NewHandle(), null, null, null));

        Assert.IsType<VerificationCodeUsedError>((await Auth.Get<VerificationCodeService>().VerifyAsync(email, VerificationPurpose.SignUp, code)).Error);
        Assert.IsType<EmailTakenError>((await Accounts.SignUpAsync(email, code, TestAuth.Password, TestAuth.NewHandle(), null, null, null)).Error);
    }

    [Fact]
    public async Task Signing_up_without_requesting_a_code_is_refused() =>
        Assert.IsType<VerificationCodeNotFoundError>(
            (await Accounts.SignUpAsync(TestAuth.NewEmail(), "123456", TestAuth.Password, TestAuth.NewHandle(), null, null, null)).Error);

    [Fact]
    public async Task A_code_for_another_email_is_refused()
    {
        var email = TestAuth.NewEmail();
        await Accounts.RequestSignUpCodeAsync(email);
        var other = TestAuth.NewEmail();
        await Accounts.RequestSignUpCodeAsync(other);

        var result = await Accounts.SignUpAsync(other, await Auth.LatestCodeAsync(email), TestAuth.Password, TestAuth.NewHandle(), null, null, null);

        // Codes are bound to their email: another email's code fails like any wrong guess (unless both drew the same digits).
        Assert.IsType<InvalidVerificationCodeError>(result.Error);
    }

    [Fact]
    public async Task A_taken_email_in_another_case_is_refused_before_the_code_is_tried()
    {
        var existing = await Auth.SignUpAsync();
        var email = existing.User.Email.ToUpperInvariant();

        var result = await Accounts.SignUpAsync(email, "123456", TestAuth.Password, TestAuth.NewHandle(), null, null, null);

        Assert.Equal(new EmailTakenError(email), result.Error);
    }

    [Fact]
    public async Task A_taken_handle_in_another_case_is_refused()
    {
        var handle = TestAuth.NewHandle();
        await Auth.SignUpAsync(handle: handle);
        var email = TestAuth.NewEmail();
        await Accounts.RequestSignUpCodeAsync(email);
        var code = await Auth.LatestCodeAsync(email);

        var result = await Accounts.SignUpAsync(email, code, TestAuth.Password, handle.ToUpperInvariant(), null, null, null);

        Assert.Equal(new HandleTakenError(handle), result.Error);
        Assert.Equal($"Handle \"{handle}\" is already taken.", result.Error!.Message);
        AssertResult.Success(await Accounts.SignUpAsync(email, code, TestAuth.Password, TestAuth.NewHandle(), null, null, null));
    }

    [Fact]
    public async Task A_handle_taken_while_signing_up_is_reported_and_the_code_stays_usable()
    {
        var email = TestAuth.NewEmail();
        var handle = TestAuth.NewHandle();
        await Accounts.RequestSignUpCodeAsync(email);
        var code = await Auth.LatestCodeAsync(email);

        var result = await WhileAnotherSignUpIsUncommittedAsync(
            new User { Email = TestAuth.NewEmail(), Handle = handle, PasswordHash = "x", CreatedAt = Auth.Time.GetUtcNow() },
            () => Accounts.SignUpAsync(email, code, TestAuth.Password, handle, null, null, null));

        Assert.Equal(new HandleTakenError(handle), result.Error);
        AssertResult.Success(await Accounts.SignUpAsync(email, code, TestAuth.Password, TestAuth.NewHandle(), null, null, null));
    }

    [Fact]
    public async Task An_email_taken_while_signing_up_is_reported()
    {
        var email = TestAuth.NewEmail();
        await Accounts.RequestSignUpCodeAsync(email);
        var code = await Auth.LatestCodeAsync(email);

        var result = await WhileAnotherSignUpIsUncommittedAsync(
            new User { Email = email.ToUpperInvariant(), Handle = TestAuth.NewHandle(), PasswordHash = "x", CreatedAt = Auth.Time.GetUtcNow() },
            () => Accounts.SignUpAsync(email, code, TestAuth.Password, TestAuth.NewHandle(), null, null, null));

        Assert.Equal(new EmailTakenError(email), result.Error);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("a_handle_that_is_far_too_long_x")]
    [InlineData("bad-handle")]
    [InlineData("has space")]
    [InlineData("émile")]
    public async Task An_invalid_handle_is_refused(string handle)
    {
        var result = await Accounts.SignUpAsync(TestAuth.NewEmail(), "123456", TestAuth.Password, handle, null, null, null);

        var error = Assert.IsType<InvalidHandleError>(result.Error);
        Assert.Equal($"Handle \"{handle}\" is not valid: use 3–30 characters of a-z, 0-9, '_' and '.'.", error.Message);
    }

    [Theory]
    [InlineData("short1", PasswordProblem.TooShort)]
    [InlineData("onlyletters", PasswordProblem.MissingDigit)]
    [InlineData("1234567890", PasswordProblem.MissingLetter)]
    public async Task A_weak_password_is_refused_naming_the_rule(string password, PasswordProblem problem)
    {
        var result = await Accounts.SignUpAsync(TestAuth.NewEmail(), "123456", password, TestAuth.NewHandle(), null, null, null);

        Assert.Equal([problem], Assert.IsType<WeakPasswordError>(result.Error).Problems);
    }

    [Fact]
    public async Task A_password_over_64_characters_is_refused()
    {
        var result = await Accounts.SignUpAsync(TestAuth.NewEmail(), "123456", new string('a', 64) + "1", TestAuth.NewHandle(), null, null, null);

        Assert.Equal([PasswordProblem.TooLong], Assert.IsType<WeakPasswordError>(result.Error).Problems);
    }

    [Fact]
    public async Task A_display_name_over_50_characters_is_refused()
    {
        var result = await Accounts.SignUpAsync(TestAuth.NewEmail(), "123456", TestAuth.Password, TestAuth.NewHandle(), new string('n', 51), null, null);

        Assert.IsType<InvalidDisplayNameError>(result.Error);
    }

    [Fact]
    public async Task Invalid_input_does_not_use_up_a_guess_of_the_code()
    {
        var email = TestAuth.NewEmail();
        await Accounts.RequestSignUpCodeAsync(email);
        var code = await Auth.LatestCodeAsync(email);

        await Accounts.SignUpAsync(email, "000000", "weak", TestAuth.NewHandle(), null, null, null);
        await Accounts.SignUpAsync(email, "000000", TestAuth.Password, "x", null, null, null);

        await using var db = Auth.CreateDbContext();
        Assert.Equal(0, (await db.VerificationCodes.SingleAsync(c => c.Email == email)).Attempts);
        AssertResult.Success(await Accounts.SignUpAsync(email, code, TestAuth.Password, TestAuth.NewHandle(), null, null, null));
    }

    private async Task<bool> UserExistsAsync(string email)
    {
        await using var db = Auth.CreateDbContext();
        return await db.Users.AnyAsync(u => u.EmailNormalized == email.ToLowerInvariant());
    }

    /// <summary>
    /// Runs <paramref name="signUp"/> while another transaction has inserted <paramref name="rival"/> without committing:
    /// the sign-up's checks cannot see the rival, so its insert waits on the unique index and fails once the rival commits.
    /// </summary>
    private async Task<AccountResult<SignedIn>> WhileAnotherSignUpIsUncommittedAsync(User rival, Func<Task<AccountResult<SignedIn>>> signUp)
    {
        await using var db = Auth.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Users.Add(rival);
        await db.SaveChangesAsync();

        var signingUp = signUp();
        await using (var observer = Auth.CreateDbContext())
        {
            while (!signingUp.IsCompleted
                && !await observer.Database.SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock') AS \"Value\"").SingleAsync())
            {
                await Task.Delay(10);
            }
        }

        await transaction.CommitAsync();
        return await signingUp;
    }
}
