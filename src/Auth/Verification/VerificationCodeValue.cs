using System.Security.Cryptography;
using System.Text;
using GraphApi.Auth.Tokens;
using GraphApi.Data.Accounts;

namespace GraphApi.Auth.Verification;

/// <summary>
/// Codes are six decimal digits: easy to read out of an email and to type on a phone's number pad. They are stored as
/// an HMAC-SHA256 keyed by a secret derived from the signing key, bound to the email and purpose: with only a million
/// codes, a plain hash would give the code away to anyone who reads the table.
/// </summary>
public sealed class VerificationCodeValue(AuthKeys keys)
{
    public const int Length = 6;

    public static string New() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public string Hash(string email, VerificationPurpose purpose, string code) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(keys.VerificationCodeKey, Encoding.UTF8.GetBytes($"{purpose}\n{email}\n{code}")));

    /// <summary>Whether <paramref name="code"/> (spaces around it ignored) hashes to <paramref name="hash"/>, compared in constant time.</summary>
    public bool Matches(string hash, string email, VerificationPurpose purpose, string code) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(Hash(email, purpose, code.Trim())));
}
