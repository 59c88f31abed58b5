using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Auth.Tokens;

/// <summary>
/// The secrets derived from <c>Auth:SigningKey</c>: the key that signs access tokens, and (through HKDF, so that the
/// two never share a key) the key of the HMAC that hashes verification codes.
/// </summary>
public sealed class AuthKeys
{
    /// <summary>The fewest bytes a signing key may have: HMAC-SHA256 wants a key as long as its output.</summary>
    public const int MinSigningKeyBytes = 32;

    /// <summary>The key Development uses when <c>Auth:SigningKey</c> is not set; public knowledge, so never used elsewhere.</summary>
    public const string DevelopmentSigningKey = "graphapi-development-signing-key-do-not-use-in-production";

    public AuthKeys(IOptions<AccessTokenOptions> options)
    {
        var secret = Encoding.UTF8.GetBytes(options.Value.SigningKey
            ?? throw new InvalidOperationException("Auth:SigningKey is not set."));
        AccessTokenSigningKey = new SymmetricSecurityKey(secret);
        VerificationCodeKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: "GraphApi verification codes"u8.ToArray());
    }

    public SymmetricSecurityKey AccessTokenSigningKey { get; }

    internal byte[] VerificationCodeKey { get; }
}
