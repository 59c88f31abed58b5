using GraphApi.Schema.Accounts;
using GraphQL.Data;

namespace GraphApi.Schema.Follows;

/// <summary>A page of a follow list as the connection shows it: the listed users, each with its row's cursor.</summary>
internal static class FollowListPages
{
    public static async Task<Page<User>> LoadAsync(
        FollowListKey key, FollowListPageLoader pages, UserByIdDataLoader users)
    {
        var rows = await pages.LoadAsync(key) ?? Page<FollowListRow>.Empty;
        var loaded = await users.LoadAsync([.. rows.Select(row => row.Id)]);
        var cursors = new Dictionary<User, string>(rows.Count, ReferenceEqualityComparer.Instance);
        var items = new List<User>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            // A user who was deleted or suspended since the page was read is left out.
            if (loaded[i] is { } user && cursors.TryAdd(user, rows.CreateCursor(rows[i])))
            {
                items.Add(user);
            }
        }

        return new Page<User>(items, rows.HasNextPage, rows.HasPreviousPage, user => cursors[user], rows.TotalCount);
    }
}
