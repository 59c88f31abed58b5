using GraphApi.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace GraphApi.Auth.Passwords;

/// <summary>
/// Hashes and verifies passwords with ASP.NET Core Identity's <see cref="IPasswordHasher{TUser}"/> (PBKDF2 in Identity's
/// v3 format, with <see cref="PasswordPolicyOptions.HashIterations"/>). Identity's hasher does not look at the user.
/// </summary>
public sealed class PasswordService(IPasswordHasher<User> hasher)
{
    /// <summary>
    /// A hash of a random password, verified against when no account has the email given to sign in, so that an unknown
    /// email takes as long to refuse as a wrong password.
    /// </summary>
    private readonly Lazy<string> _decoyHash = new(() => hasher.HashPassword(null!, Guid.NewGuid().ToString()));

    public string Hash(string password) => hasher.HashPassword(null!, password);

    /// <summary>Compares <paramref name="password"/> with the user's hash; with no user, spends the same time and says Wrong.</summary>
    public PasswordCheck Verify(User? user, string password)
    {
        if (user is null)
        {
            hasher.VerifyHashedPassword(null!, _decoyHash.Value, password);
            return PasswordCheck.Wrong;
        }

        return hasher.VerifyHashedPassword(user, user.PasswordHash, password) switch
        {
            PasswordVerificationResult.Success => PasswordCheck.Correct,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.CorrectButRehashNeeded,
            _ => PasswordCheck.Wrong,
        };
    }
}
