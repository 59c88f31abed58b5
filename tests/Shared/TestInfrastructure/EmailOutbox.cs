using System.Text.RegularExpressions;
using GraphApi.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Testing;

/// <summary>Reads the <c>email_outbox</c> table, where the development email sender writes what it "sends".</summary>
public static partial class EmailOutbox
{
    /// <summary>The six-digit code in the newest email to <paramref name="email"/>; fails when none was sent.</summary>
    public static async Task<string> LatestCodeAsync(IDbContextFactory<AppDbContext> contexts, string email)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var message = await db.EmailOutbox.Where(m => m.ToAddress == email).OrderByDescending(m => m.CreatedAt).FirstOrDefaultAsync()
            ?? throw new InvalidOperationException($"No email to {email} is in the outbox.");
        return SixDigits().Match(message.Body) is { Success: true } code
            ? code.Value
            : throw new InvalidOperationException($"The newest email to {email} has no six-digit code: {message.Body}");
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
