using System.Security.Cryptography;
using System.Text;

namespace GraphQL.Execution;

/// <summary>The id of a document: the lowercase hex SHA-256 of its UTF-8 text. The document cache is keyed by it.</summary>
public static class DocumentHash
{
    public static string Compute(string query)
    {
        var byteCount = Encoding.UTF8.GetByteCount(query);
        var buffer = byteCount <= 1024 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(query, buffer);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer, hash);
        return Convert.ToHexStringLower(hash);
    }
}
