using GraphApi.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Auth;

/// <summary>PostgreSQL transaction-level advisory locks, keyed by text, that serialize changes to the same rows.</summary>
internal static class AdvisoryLocks
{
    /// <summary>
    /// Waits for the lock named <paramref name="key"/> and holds it until the current transaction ends. The key is
    /// hashed to 64 bits by the database.
    /// </summary>
    public static async Task LockAsync(this AppDbContext db, string key, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException($"The advisory lock \"{key}\" needs a transaction to be held in.");
        }

        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
    }
}
