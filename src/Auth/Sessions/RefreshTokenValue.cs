using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace GraphApi.Auth.Sessions;

/// <summary>Making refresh tokens and the hashes they are stored and looked up by.</summary>
internal static class RefreshTokenValue
{
    /// <summary>256 random bits, base64url without padding.</summary>
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// SHA-256 of the token, lower-case hex. A plain hash is enough: the token is random and as long as the hash, so it
    /// cannot be guessed from it, and a stolen table of hashes cannot be replayed.
    /// </summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
