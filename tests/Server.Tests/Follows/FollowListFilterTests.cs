using System.Text.Json;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Follows.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Server.Tests.Follows;

/// <summary>
/// <c>where</c> and <c>order</c> on the follow lists (followers, following, mutualFollowers, mutualFollowing) over HTTP
/// on PostgreSQL: handle, display name and follow time only; in SQL; never past the privacy rule; batched per level.
/// </summary>
public sealed class FollowListFilterTests(FollowsApiFixture fixture) : IClassFixture<FollowsApiFixture>
{
    private FollowsApi Api => fixture.Follows;

    /// <summary>The query of one follow list with every argument as a variable.</summary>
    private static string ListQuery(string list) => $$"""
        query($id: ID!, $where: FollowFilterInput, $order: [FollowSortInput!], $first: Int, $after: String, $last: Int, $before: String) {
          user(id: $id) {
            {{list}}(where: $where, order: $order, first: $first, after: $after, last: $last, before: $before) {
              nodes { id } totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            }
          }
        }
        """;

    [Fact]
    public async Task Followers_filter_by_handle_and_display_name_ignoring_case_in_SQL()
    {
        var owner = await Api.NewUserAsync();
        var (ann, bob, cy) = (await Api.NewUserAsync(), await Api.NewUserAsync(), await Api.NewUserAsync());
        await Api.AddFollowsAsync((ann.Id, owner.Id), (bob.Id, owner.Id), (cy.Id, owner.Id));
        await SetDisplayNameAsync(ann.Id, "Ann Lee");
        await SetDisplayNameAsync(bob.Id, "Bob Stone");

        var byHandle = await ListAsync("followers", owner, owner, new { where = new { handle = new { eqIgnoreCase = bob.Handle.ToUpperInvariant() } } });
        fixture.Sql.Reset();
        var byName = await ListAsync("followers", owner, owner, new { where = new { displayName = new { containsIgnoreCase = "lee" } } });
        var nameSql = fixture.Sql.Statements.Single(s => s.Contains("ROW_NUMBER", StringComparison.Ordinal));
        var unnamed = await ListAsync("followers", owner, owner, new { where = new { displayName = new { eq = (string?)null } } });

        Assert.Equal([bob.Id], byHandle);
        Assert.Equal([ann.Id], byName);
        Assert.Contains("lower(", nameSql);
        Assert.Contains("LIKE", nameSql);
        Assert.Equal([cy.Id], unnamed);
    }

    [Fact]
    public async Task Following_orders_by_handle_or_oldest_follow_first_and_filters_by_followedAt()
    {
        var owner = await Api.NewUserAsync();
        var ids = await Api.AddUsersAsync(3, handlePrefix: "ord");   // handles sort ord000… < ord001… < ord002…
        await Api.AddFollowsAsync((owner.Id, ids[2]), (owner.Id, ids[0]), (owner.Id, ids[1]));

        fixture.Sql.Reset();
        var byHandle = await ListAsync("following", owner, owner, new { order = new[] { new { handle = "ASC" } } });
        var orderSql = fixture.Sql.Statements.Single(s => s.Contains("ROW_NUMBER", StringComparison.Ordinal));
        var oldestFirst = await ListAsync("following", owner, owner, new { order = new[] { new { followedAt = "ASC" } } });
        var newestFirst = await ListAsync("following", owner, owner, new { });
        var followedAts = await FollowedAtsAsync(owner.Id);
        var sinceSecond = await ListAsync("following", owner, owner, new { where = new { followedAt = new { gte = followedAts[1] } } });

        Assert.Equal(ids, byHandle);
        Assert.Matches(@"ORDER BY \S+\.handle, ", orderSql);
        Assert.Equal([ids[2], ids[0], ids[1]], oldestFirst);
        Assert.Equal([ids[1], ids[0], ids[2]], newestFirst);
        Assert.Equal([ids[1], ids[0]], sinceSecond);
    }

    [Fact]
    public async Task Mutual_lists_filter_and_sort_too()
    {
        var (viewer, owner) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var ids = await Api.AddUsersAsync(3, handlePrefix: "mut");
        // ids[0] and ids[1] follow the owner and are followed by the viewer; the owner and the viewer follow ids[1] and ids[2].
        await Api.AddFollowsAsync(
            (ids[0], owner.Id), (ids[1], owner.Id), (viewer.Id, ids[0]), (viewer.Id, ids[1]),
            (owner.Id, ids[1]), (owner.Id, ids[2]), (viewer.Id, ids[2]));

        var mutualFollowers = await ListAsync("mutualFollowers", viewer, owner, new { order = new[] { new { handle = "DESC" } } });
        var mutualFollowing = await ListAsync("mutualFollowing", viewer, owner, new { where = new { handle = new { startsWith = "mut002" } } });

        Assert.Equal([ids[1], ids[0]], mutualFollowers);
        Assert.Equal([ids[2]], mutualFollowing);
    }

    [Fact]
    public async Task A_filter_never_opens_a_private_profiles_lists()
    {
        var owner = await Api.NewUserAsync(isPrivate: true);
        var (follower, stranger) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        await Api.AddFollowsAsync((follower.Id, owner.Id));
        var revealing = new { or = new object[] { new { handle = new { eq = follower.Handle } }, new { displayName = new { eq = (string?)null } }, new { followedAt = new { neq = (string?)null } } } };

        Assert.Empty(await ListAsync("followers", stranger, owner, new { where = revealing }));
        Assert.Empty(await ListAsync("followers", null, owner, new { where = revealing }));
        Assert.Equal([follower.Id], await ListAsync("followers", follower, owner, new { where = revealing }));
    }

    [Fact]
    public async Task Only_handle_displayName_and_followedAt_are_offered_and_private_columns_are_refused()
    {
        var types = (await Api.Client.PostAsync("""
            { filter: __type(name: "FollowFilterInput") { inputFields { name } }
              sort: __type(name: "FollowSortInput") { inputFields { name } }
              row: __type(name: "Follow") { name } }
            """)).Body.GetProperty("data");
        var owner = await Api.NewUserAsync();

        Assert.Equal(["and", "or", "followedAt", "handle", "displayName"], Names(types.GetProperty("filter")));
        Assert.Equal(["followedAt", "handle", "displayName"], Names(types.GetProperty("sort")));
        Assert.Equal(JsonValueKind.Null, types.GetProperty("row").ValueKind);
        foreach (var argument in new[] { "where: { email: { eq: \"a@b.c\" } }", "where: { phone: { eq: \"+1\" } }", "where: { birthday: { eq: \"2000-01-01\" } }", "where: { id: { eq: \"x\" } }", "order: [{ email: ASC }]" })
        {
            var response = await Api.Client.PostAsync($"query($id: ID!) {{ user(id: $id) {{ followers({argument}) {{ nodes {{ id }} }} }} }}", new { id = owner.Id });
            Assert.Equal("GRAPHQL_VALIDATION_FAILED", response.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task The_filter_limits_apply()
    {
        var owner = await Api.NewUserAsync();
        object deep = new { handle = new { eq = "x" } };
        for (var i = 0; i < 8; i++)
        {
            deep = new { and = new[] { deep } };
        }
        var many = new { or = Enumerable.Range(0, 51).Select(i => new { handle = new { eq = $"h{i}" } }).ToArray() };
        const string Query = "query($id: ID!, $where: FollowFilterInput) { user(id: $id) { followers(where: $where) { nodes { id } } } }";

        var tooDeep = await Api.Client.PostAsync(Query, new { id = owner.Id, where = deep });
        var tooMany = await Api.Client.PostAsync(Query, new { id = owner.Id, where = many });

        Assert.Contains("User.followers", tooDeep.FieldError("FILTER_MAX_DEPTH_EXCEEDED", "user", "followers").GetProperty("message").GetString());
        Assert.Contains("User.followers", tooMany.FieldError("FILTER_MAX_CONDITIONS_EXCEEDED", "user", "followers").GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(5)]
    [InlineData(20)]
    public async Task Filtered_sorted_nested_lists_keep_a_fixed_number_of_statements(int pageSize)
    {
        var root = (await Api.AddUsersAsync(1, handlePrefix: "root"))[0];
        var followers = await Api.AddUsersAsync(20, handlePrefix: "fol");
        var theirFollowers = await Api.AddUsersAsync(4, handlePrefix: "fof");
        var others = await Api.AddUsersAsync(4, handlePrefix: "oth");
        await Api.AddFollowsAsync([
            .. followers.Select(f => (f, root)),
            .. followers.SelectMany(f => theirFollowers.Concat(others).Select(t => (t, f))),
        ]);
        const string Query = """
            query($id: ID!, $first: Int!) {
              user(id: $id) { followers(first: $first, order: [{ handle: DESC }]) { nodes { handle followerCount
                followers(first: 5, where: { handle: { startsWith: "fof" } }, order: [{ handle: ASC }]) { nodes { handle } } } } }
            }
            """;

        JsonElement user = default;
        var statements = await fixture.Sql.MeasureAsync(async () =>
            user = (await Api.Client.PostAsync(Query, new { id = root, first = pageSize })).Data("user"));

        var nodes = user.GetProperty("followers").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(pageSize, nodes.Count);
        var handles = nodes.Select(n => n.GetProperty("handle").GetString()!).ToList();
        Assert.Equal(handles.OrderByDescending(h => h, StringComparer.Ordinal), handles);
        foreach (var node in nodes)
        {
            var nested = node.GetProperty("followers").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("handle").GetString()!).ToList();
            Assert.Equal(4, nested.Count);
            Assert.All(nested, h => Assert.StartsWith("fof", h));
            Assert.Equal(nested.Order(StringComparer.Ordinal), nested);
        }
        Assert.True(statements.Count == 6, $"ran {statements.Count} statements, expected 6:\n{string.Join("\n---\n", statements)}");
    }

    [Fact]
    public async Task Paging_200_followers_by_a_non_unique_display_name_walks_each_once_forwards_and_backwards()
    {
        var owner = await Api.NewUserAsync();
        var followers = await Api.AddUsersAsync(200, handlePrefix: "walk");
        await Api.AddFollowsAsync([.. followers.Select(f => (f, owner.Id))]);
        var rawIds = followers.Select(FollowsApi.RawId).ToList();
        List<string> expected;
        await using (var db = fixture.Database.CreateDbContext())
        {
            // Ten display names for 200 users: the order's key is far from unique; nulls for a few.
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE profiles SET display_name = CASE WHEN abs(hashtext(user_id::text)) % 11 = 10 THEN NULL ELSE 'Name ' || abs(hashtext(user_id::text)) % 11 END WHERE user_id = ANY({rawIds})");
            expected = [.. (await db.Profiles.Where(p => rawIds.Contains(p.UserId))
                .OrderBy(p => p.DisplayName == null).ThenBy(p => p.DisplayName).ThenBy(p => p.UserId).Select(p => p.UserId).ToListAsync())
                .Select(FollowsApi.UserId)];
        }
        var order = new[] { new { displayName = "ASC" } };

        var forwards = new List<string>();
        string? after = null;
        do
        {
            var page = await PageAsync(owner, new { order, first = 37, after });
            forwards.AddRange(Ids(page));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        var backwards = new List<string>();
        string? before = null;
        do
        {
            var page = await PageAsync(owner, new { order, last = 37, before });
            backwards.InsertRange(0, Ids(page));
            before = page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("startCursor").GetString() : null;
        }
        while (before is not null);

        Assert.Equal(200, expected.Count);
        Assert.Equal(expected, forwards);
        Assert.Equal(expected, backwards);
    }

    [Fact]
    public async Task A_cursor_of_one_order_is_refused_under_another()
    {
        var owner = await Api.NewUserAsync();
        var followers = await Api.AddUsersAsync(3, handlePrefix: "cur");
        await Api.AddFollowsAsync([.. followers.Select(f => (f, owner.Id))]);
        var cursor = (await PageAsync(owner, new { order = new[] { new { handle = "ASC" } }, first = 1 }))
            .GetProperty("pageInfo").GetProperty("endCursor").GetString();
        const string Query = "query($id: ID!, $after: String, $order: [FollowSortInput!]) { user(id: $id) { followers(first: 1, after: $after, order: $order) { nodes { id } } } }";

        var underDefault = await Api.Client.PostAsync(Query, new { id = owner.Id, after = cursor });
        var underAnother = await Api.Client.PostAsync(Query, new { id = owner.Id, after = cursor, order = new[] { new { handle = "DESC" } } });
        var underSame = await Api.Client.PostAsync(Query, new { id = owner.Id, after = cursor, order = new[] { new { handle = "ASC" } } });

        underDefault.FieldError("HC0078", "user", "followers");
        underAnother.FieldError("HC0078", "user", "followers");
        Assert.Equal([followers[1]], Ids(underSame.Data("user").GetProperty("followers")));
    }

    private async Task<List<string>> ListAsync(string list, SignedInUser? viewer, SignedInUser owner, object arguments)
    {
        var variables = JsonSerializer.SerializeToNode(arguments)!.AsObject();
        variables["id"] = owner.Id;
        variables["first"] = 50;
        var user = (await Api.Client.PostAsync(ListQuery(list), variables, viewer?.AccessToken)).Data("user");
        return Ids(user.GetProperty(list));
    }

    private async Task<JsonElement> PageAsync(SignedInUser owner, object arguments)
    {
        var variables = JsonSerializer.SerializeToNode(arguments)!.AsObject();
        variables["id"] = owner.Id;
        return (await Api.Client.PostAsync(ListQuery("followers"), variables, owner.AccessToken)).Data("user").GetProperty("followers");
    }

    private async Task SetDisplayNameAsync(string userId, string displayName)
    {
        await using var db = fixture.Database.CreateDbContext();
        var id = FollowsApi.RawId(userId);
        await db.Profiles.Where(p => p.UserId == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.DisplayName, displayName));
    }

    /// <summary>When <paramref name="followerId"/>'s follows began, oldest first.</summary>
    private async Task<List<DateTimeOffset>> FollowedAtsAsync(string followerId)
    {
        await using var db = fixture.Database.CreateDbContext();
        var id = FollowsApi.RawId(followerId);
        return await db.Follows.Where(f => f.FollowerId == id).OrderBy(f => f.CreatedAt).Select(f => f.CreatedAt).ToListAsync();
    }

    private static List<string> Ids(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];

    private static List<string> Names(JsonElement type) =>
        [.. type.GetProperty("inputFields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!)];
}
