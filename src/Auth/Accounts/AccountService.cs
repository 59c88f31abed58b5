using System.Net;
using GraphApi.Auth.Passwords;
using GraphApi.Auth.RateLimiting;
using GraphApi.Auth.Sessions;
using GraphApi.Auth.Tokens;
using GraphApi.Auth.Verification;
using GraphApi.Data;
using GraphApi.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GraphApi.Auth.Accounts;

/// <summary>
/// The account operations behind the GraphQL API: sign-up by email code, sign-in, refresh, sign-out and sessions. Every
/// expected failure comes back as an <see cref="AccountError"/> in the result; exceptions mean something is broken.
/// </summary>
public sealed class AccountService(
    IDbContextFactory<AppDbContext> contexts,
    PasswordRules passwordRules,
    PasswordService passwords,
    VerificationCodeService verificationCodes,
    RefreshTokenService refreshTokens,
    AccessTokenService accessTokens,
    ISignInRateLimiter signInRateLimiter,
    TimeProvider time)
{
    /// <summary>Mails a sign-up code to <paramref name="email"/>, unless it is invalid, taken, or was sent a code moments ago.</summary>
    public async Task<AccountResult<CodeSent>> RequestSignUpCodeAsync(string email, CancellationToken cancellationToken = default)
    {
        var address = email.Trim();
        if (!AccountInput.IsValidEmail(address))
        {
            return new InvalidEmailError(email);
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await IsEmailTakenAsync(db, address, cancellationToken))
            {
                return new EmailTakenError(address);
            }
        }

        return await verificationCodes.RequestAsync(address, VerificationPurpose.SignUp, cancellationToken);
    }

    /// <summary>
    /// Creates the account and its profile when the sign-up code for <paramref name="email"/> is right, then signs in.
    /// Input is checked first (email, handle, password, display name, then whether email or handle are taken), so that a
    /// mistake there does not use up a guess of the code. The handle is stored in lower case.
    /// </summary>
    public async Task<AccountResult<SignedIn>> SignUpAsync(
        string email,
        string code,
        string password,
        string handle,
        string? displayName,
        string? userAgent,
        IPAddress? ipAddress,
        CancellationToken cancellationToken = default)
    {
        var address = email.Trim();
        var normalizedHandle = handle.Trim().ToLowerInvariant();
        var name = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim();
        if (Validate(email, address, handle, normalizedHandle, password, name) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await IsEmailTakenAsync(db, address, cancellationToken))
        {
            return new EmailTakenError(address);
        }

        if (await db.Users.AnyAsync(u => u.Handle == normalizedHandle, cancellationToken))
        {
            return new HandleTakenError(normalizedHandle);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await verificationCodes.ConsumeAsync(db, address.ToLowerInvariant(), VerificationPurpose.SignUp, code, cancellationToken) is { } codeError)
        {
            await transaction.CommitAsync(cancellationToken);
            return codeError;
        }

        var user = new User
        {
            Email = address,
            Handle = normalizedHandle,
            PasswordHash = passwords.Hash(password),
            CreatedAt = time.GetUtcNow(),
            Profile = new Profile { DisplayName = name },
        };
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (TakenError(exception, address, normalizedHandle) is { } taken)
        {
            // Someone took the email or handle since the check above; rolling back keeps the code usable.
            return taken;
        }

        await transaction.CommitAsync(cancellationToken);
        return await StartSessionAsync(user, userAgent, ipAddress, cancellationToken);
    }

    /// <summary>
    /// Signs in with email and password. A wrong password and an unknown email give the same
    /// <see cref="InvalidCredentialsError"/>; suspended and deleted accounts are told so only when the password is right.
    /// Attempts are rate-limited per address and per email (<see cref="TooManyAttemptsError"/>).
    /// </summary>
    public async Task<AccountResult<SignedIn>> SignInAsync(
        string email, string password, string? userAgent, IPAddress? ipAddress, CancellationToken cancellationToken = default)
    {
        var normalizedEmail = email.Trim().ToLowerInvariant();
        var decision = await signInRateLimiter.AcquireAsync(ipAddress, normalizedEmail, cancellationToken);
        if (!decision.IsAllowed)
        {
            return new TooManyAttemptsError(decision.RetryAfter);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.EmailNormalized == normalizedEmail, cancellationToken);
        var check = passwords.Verify(user, password);
        if (user is null || check == PasswordCheck.Wrong)
        {
            return new InvalidCredentialsError();
        }

        if (AccountStatusRefusal.For(user) is { } refusal)
        {
            return refusal;
        }

        if (check == PasswordCheck.CorrectButRehashNeeded)
        {
            user.PasswordHash = passwords.Hash(password);
            await db.SaveChangesAsync(cancellationToken);
        }

        return await StartSessionAsync(user, userAgent, ipAddress, cancellationToken);
    }

    /// <summary>Exchanges a refresh token for new tokens of the same session (see <see cref="RefreshTokenService.RotateAsync"/>).</summary>
    public async Task<AccountResult<SignedIn>> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        var rotated = await refreshTokens.RotateAsync(refreshToken, cancellationToken);
        if (!rotated.Succeeded)
        {
            return rotated.Error;
        }

        var (user, token) = rotated.Value;
        return new SignedIn(user, accessTokens.Issue(user, token.SessionId), token);
    }

    /// <summary>Ends the caller's session: its refresh token and its access tokens stop working. Ending an ended session does nothing.</summary>
    public Task SignOutAsync(CurrentSession session, CancellationToken cancellationToken = default) =>
        refreshTokens.RevokeSessionAsync(session.UserId, session.SessionId, cancellationToken);

    /// <summary>Ends every session of the caller, this one included; returns how many were active.</summary>
    public Task<int> SignOutEverywhereAsync(CurrentSession session, CancellationToken cancellationToken = default) =>
        refreshTokens.RevokeAllSessionsAsync(session.UserId, cancellationToken);

    /// <summary>The caller's active sessions, the current one marked.</summary>
    public Task<IReadOnlyList<SessionInfo>> ListSessionsAsync(CurrentSession session, CancellationToken cancellationToken = default) =>
        refreshTokens.ListSessionsAsync(session.UserId, session.SessionId, cancellationToken);

    /// <summary>Those of <paramref name="sessionIds"/> that are the caller's active sessions (others are left out), the current one marked.</summary>
    public Task<IReadOnlyList<SessionInfo>> FindSessionsAsync(
        CurrentSession session, IReadOnlyCollection<Guid> sessionIds, CancellationToken cancellationToken = default) =>
        refreshTokens.ListSessionsAsync(session.UserId, session.SessionId, sessionIds, cancellationToken);

    /// <summary>Ends one of the caller's sessions; <see cref="SessionNotFoundError"/> when it is not theirs or already ended.</summary>
    public async Task<AccountResult<Guid>> RevokeSessionAsync(
        CurrentSession session, Guid sessionId, CancellationToken cancellationToken = default)
    {
        return await refreshTokens.RevokeSessionAsync(session.UserId, sessionId, cancellationToken)
            ? sessionId
            : new SessionNotFoundError(sessionId);
    }

    private AccountError? Validate(string email, string address, string handle, string normalizedHandle, string password, string? name)
    {
        if (!AccountInput.IsValidEmail(address))
        {
            return new InvalidEmailError(email);
        }

        if (!AccountInput.IsValidHandle(normalizedHandle))
        {
            return new InvalidHandleError(handle);
        }

        if (passwordRules.Check(password) is { Count: > 0 } problems)
        {
            return new WeakPasswordError(problems, passwordRules.MinLength, passwordRules.MaxLength);
        }

        return name is not null && !AccountInput.IsValidDisplayName(name) ? new InvalidDisplayNameError() : null;
    }

    private async Task<SignedIn> StartSessionAsync(User user, string? userAgent, IPAddress? ipAddress, CancellationToken cancellationToken)
    {
        var refreshToken = await refreshTokens.IssueAsync(user.Id, userAgent, ipAddress, cancellationToken);
        return new SignedIn(user, accessTokens.Issue(user, refreshToken.SessionId), refreshToken);
    }

    private static Task<bool> IsEmailTakenAsync(AppDbContext db, string address, CancellationToken cancellationToken)
    {
        var normalized = address.ToLowerInvariant();
        return db.Users.AnyAsync(u => u.EmailNormalized == normalized, cancellationToken);
    }

    /// <summary>The error for a unique violation of the email or handle; null for any other failure.</summary>
    private static AccountError? TakenError(DbUpdateException exception, string address, string handle) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } violation
            ? violation.ConstraintName switch
            {
                AccountConstraints.UserEmailUnique => new EmailTakenError(address),
                AccountConstraints.UserHandleUnique => new HandleTakenError(handle),
                _ => null,
            }
            : null;
}
