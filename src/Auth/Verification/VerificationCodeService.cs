using GraphApi.Auth.Accounts;
using GraphApi.Auth.Email;
using GraphApi.Data;
using GraphApi.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphApi.Auth.Verification;

/// <summary>
/// Email verification codes: one purpose each, a limited lifetime and number of guesses, one outstanding code per email
/// and purpose (a new one replaces the old), resends throttled. Emails are compared in lower case.
/// </summary>
/// <remarks>
/// Requests and checks of the same email and purpose hold an advisory lock, so that concurrent guesses are all counted
/// and concurrent requests cannot slip past the resend interval.
/// </remarks>
public sealed class VerificationCodeService(
    IDbContextFactory<AppDbContext> contexts,
    IOptions<VerificationCodeOptions> options,
    VerificationCodeValue codes,
    IEmailSender emailSender,
    TimeProvider time)
{
    /// <summary>
    /// Creates a code for <paramref name="email"/> and <paramref name="purpose"/>, replacing any earlier one, and mails
    /// it; <see cref="CodeResendTooSoonError"/> when the last code went out less than the resend interval ago. The email
    /// must already be valid; it is trimmed for sending and lower-cased for storing.
    /// </summary>
    public async Task<AccountResult<CodeSent>> RequestAsync(
        string email, VerificationPurpose purpose, CancellationToken cancellationToken = default)
    {
        var address = email.Trim();
        var normalized = address.ToLowerInvariant();
        var settings = options.Value;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockAsync(db, normalized, purpose, cancellationToken);

        var now = time.GetUtcNow();
        var lastSentAt = await Newest(db, normalized, purpose)
            .Select(c => (DateTimeOffset?)c.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (lastSentAt is { } sentAt && sentAt + settings.ResendInterval > now)
        {
            return new CodeResendTooSoonError(sentAt + settings.ResendInterval - now);
        }

        await CodesOf(db, normalized, purpose).ExecuteDeleteAsync(cancellationToken);
        var code = VerificationCodeValue.New();
        var stored = new VerificationCode
        {
            Email = normalized,
            Purpose = purpose,
            CodeHash = codes.Hash(normalized, purpose, code),
            CreatedAt = now,
            ExpiresAt = now + settings.Lifetime,
        };
        db.VerificationCodes.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await emailSender.SendAsync(VerificationEmails.For(address, purpose, code, settings.Lifetime), cancellationToken);
        return new CodeSent(address, purpose, stored.ExpiresAt, now + settings.ResendInterval);
    }

    /// <summary>Checks <paramref name="code"/> and, when it is right, uses it up.</summary>
    public async Task<AccountResult<VerifiedCode>> VerifyAsync(
        string email, VerificationPurpose purpose, string code, CancellationToken cancellationToken = default)
    {
        var normalized = email.Trim().ToLowerInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var error = await ConsumeAsync(db, normalized, purpose, code, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return error is null ? new VerifiedCode(normalized, purpose) : error;
    }

    /// <summary>
    /// Checks the code inside the caller's transaction, so that using it up commits or rolls back with what the code
    /// was for (creating the account). A right code is marked consumed, saved by the caller's next SaveChanges. A wrong
    /// guess is counted and saved at once: commit the transaction even when this returns an error.
    /// </summary>
    internal async Task<AccountError?> ConsumeAsync(
        AppDbContext db, string normalizedEmail, VerificationPurpose purpose, string code, CancellationToken cancellationToken)
    {
        await LockAsync(db, normalizedEmail, purpose, cancellationToken);
        var stored = await Newest(db, normalizedEmail, purpose).FirstOrDefaultAsync(cancellationToken);
        var maxAttempts = options.Value.MaxAttempts;
        var now = time.GetUtcNow();
        if (stored is null)
        {
            return new VerificationCodeNotFoundError();
        }

        if (stored.ConsumedAt is not null)
        {
            return new VerificationCodeUsedError();
        }

        if (stored.Attempts >= maxAttempts)
        {
            return new VerificationCodeAttemptsExceededError();
        }

        if (stored.ExpiresAt <= now)
        {
            return new VerificationCodeExpiredError();
        }

        if (!codes.Matches(stored.CodeHash, normalizedEmail, purpose, code))
        {
            stored.Attempts++;
            await db.SaveChangesAsync(cancellationToken);
            return new InvalidVerificationCodeError(maxAttempts - stored.Attempts);
        }

        stored.ConsumedAt = now;
        return null;
    }

    /// <summary>The codes of an email and purpose: after a request, only the one it created.</summary>
    private static IQueryable<VerificationCode> CodesOf(AppDbContext db, string normalizedEmail, VerificationPurpose purpose) =>
        db.VerificationCodes.Where(c => c.Email == normalizedEmail && c.Purpose == purpose);

    private static IQueryable<VerificationCode> Newest(AppDbContext db, string normalizedEmail, VerificationPurpose purpose) =>
        CodesOf(db, normalizedEmail, purpose).OrderByDescending(c => c.CreatedAt);

    private static Task LockAsync(AppDbContext db, string normalizedEmail, VerificationPurpose purpose, CancellationToken cancellationToken) =>
        db.LockAsync($"verification_codes:{purpose}:{normalizedEmail}", cancellationToken);
}
