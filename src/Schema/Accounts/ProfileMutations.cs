using System.Security.Claims;
using GraphApi.Data;
using GraphQL.Authorization;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Accounts;

/// <summary>Editing the viewer's profile.</summary>
[MutationType]
public static class ProfileMutations
{
    /// <summary>
    /// Changes the viewer's profile: the second step of signing up, and every edit after. Only the fields given change;
    /// every problem of the input is reported at once, and then nothing changes.
    /// </summary>
    [Authorize]
    public static async Task<UpdateProfilePayload> UpdateProfileAsync(
        UpdateProfileInput input,
        ClaimsPrincipal viewer,
        IDbContextFactory<AppDbContext> dbContextFactory,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var userId = Viewer.SessionOf(viewer).UserId;
        var errors = ProfileRules.Check(input, time.GetUtcNow());
        if (errors.Count > 0)
        {
            return new UpdateProfilePayload(null, errors);
        }

        await using (var db = await dbContextFactory.CreateDbContextAsync(cancellationToken))
        {
            var profile = await db.Profiles.SingleAsync(p => p.UserId == userId, cancellationToken);
            ProfileRules.Apply(input, profile);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new UpdateProfilePayload(
            await UserReader.FindActiveAsync(dbContextFactory, user => user.Id == userId, cancellationToken), null);
    }
}
