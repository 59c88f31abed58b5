using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace GraphApi.Data.Migrations;

/// <summary>One SQL migration: a file named <c>NNNN_name.sql</c> whose statements run in one transaction.</summary>
public sealed partial record Migration
{
    public Migration(int version, string name, string sql)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
        Version = version;
        Name = name;
        Sql = sql;
        Checksum = ComputeChecksum(sql);
    }

    public int Version { get; }

    public string Name { get; }

    public string Sql { get; }

    /// <summary>
    /// SHA-256 of <see cref="Sql"/> in lower-case hex, with line endings normalized so that a checkout with CRLF has
    /// the same checksum. Recorded when the migration is applied; a different one later means the file was edited.
    /// </summary>
    public string Checksum { get; }

    /// <summary>Reads a migration from its file name (<c>0001_accounts.sql</c>) and content.</summary>
    /// <exception cref="FormatException">The file name is not <c>NNNN_name.sql</c>.</exception>
    public static Migration FromFile(string fileName, string sql)
    {
        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
        {
            throw new FormatException(
                $"Migration file '{fileName}' is not named like '0001_create_users.sql': " +
                "four or more digits, an underscore, then lower-case letters, digits and underscores.");
        }

        return new Migration(int.Parse(match.Groups["version"].Value), match.Groups["name"].Value, sql);
    }

    public override string ToString() => $"{Version:D4}_{Name}";

    private static string ComputeChecksum(string sql)
    {
        var normalized = sql.ReplaceLineEndings("\n");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    [GeneratedRegex(@"^(?<version>[0-9]{4,})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex FileNamePattern();
}
