using System.Text.Json;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Posts.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Server.Tests.Posts;

/// <summary>
/// <c>where</c> and <c>order</c> on the lists of posts (user.posts, searchPosts, postsByHashtag, feed) over HTTP on
/// PostgreSQL: they change the result, run in SQL, compose with the visibility rule, expose only the chosen fields and
/// keep the filter limits.
/// </summary>
public sealed class PostListFilterTests(PostsApiFixture fixture) : IClassFixture<PostsApiFixture>
{
    private const string TimelineQuery = """
        query($id: ID!, $where: PostFilterInput, $order: [PostSortInput!], $first: Int, $after: String, $last: Int, $before: String) {
          user(id: $id) { posts(where: $where, order: $order, first: $first, after: $after, last: $last, before: $before) {
            nodes { id } edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
        }
        """;

    private PostsApi Api => fixture.Api;

    [Fact]
    public async Task Timeline_filters_text_ignoring_case_and_by_visibility_in_SQL()
    {
        var author = await Api.NewUserAsync();
        var word = Word();
        var match = await Api.NewPostAsync(author, $"I like {word.ToUpperInvariant()} a lot");
        var followersOnly = await Api.NewPostAsync(author, "for my followers", "FOLLOWERS");
        await Api.NewPostAsync(author, "something else");

        fixture.Statements.Reset();
        var byText = await TimelineAsync(author, author, new { where = new { text = new { containsIgnoreCase = word } } });
        var textSql = PageStatement("LIKE");
        var byVisibility = await TimelineAsync(author, author, new { where = new { visibility = new { eq = "FOLLOWERS" } } });

        Assert.Equal([match], byText);
        Assert.Contains("lower(", textSql);
        Assert.Equal([followersOnly], byVisibility);
    }

    [Fact]
    public async Task Timeline_orders_oldest_first_when_asked_and_newest_first_by_default()
    {
        var author = await Api.NewUserAsync();
        var first = await Api.NewPostAsync(author, "one");
        var second = await Api.NewPostAsync(author, "two");
        var third = await Api.NewPostAsync(author, "three");

        fixture.Statements.Reset();
        var oldestFirst = await TimelineAsync(author, author, new { order = new[] { new { createdAt = "ASC" } } });
        var orderSql = PageStatement("ORDER BY");
        var newestFirst = await TimelineAsync(author, author, new { });

        Assert.Equal([first, second, third], oldestFirst);
        Assert.Matches(@"ORDER BY \S+\.created_at, \S+\.id", orderSql);
        Assert.Equal([third, second, first], newestFirst);
    }

    [Fact]
    public async Task Edited_posts_filter_and_sort_by_editedAt()
    {
        var author = await Api.NewUserAsync();
        var edited = await Api.NewPostAsync(author, "typo");
        var untouched = await Api.NewPostAsync(author, "fine");
        var edit = await Api.PostAsync(
            "mutation($input: EditPostInput!) { editPost(input: $input) { post { id } errors { __typename } } }",
            new { input = new { postId = edited, text = "fixed" } },
            author);
        edit.Payload("editPost");

        var neverEdited = await TimelineAsync(author, author, new { where = new { editedAt = new { eq = (string?)null } } });
        var ascending = await TimelineAsync(author, author, new { order = new[] { new { editedAt = "ASC" } } });
        var descending = await TimelineAsync(author, author, new { order = new[] { new { editedAt = "DESC" } } });

        Assert.Equal([untouched], neverEdited);
        // PostgreSQL's order: nulls (never edited) last ascending, first descending.
        Assert.Equal([edited, untouched], ascending);
        Assert.Equal([untouched, edited], descending);
    }

    [Fact]
    public async Task Search_filters_posts_with_images_and_orders_oldest_first()
    {
        var author = await Api.NewUserAsync();
        var word = Word();
        var older = await Api.NewPostAsync(author, $"{word} plain");
        var withImage = (await Api.PostAsync(
            "mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } errors { __typename } } }",
            new { input = new { text = $"{word} picture", imageUrls = new[] { "https://example.test/a.png" } } },
            author)).Payload("createPost").GetProperty("post").GetProperty("id").GetString()!;

        var images = await ListAsync(
            "query($text: String!, $where: PostFilterInput) { searchPosts(text: $text, where: $where) { nodes { id } } }",
            "searchPosts", new { text = word, where = new { imageUrls = new { any = true } } }, author);
        var noImages = await ListAsync(
            "query($text: String!, $where: PostFilterInput) { searchPosts(text: $text, where: $where) { nodes { id } } }",
            "searchPosts", new { text = word, where = new { imageUrls = new { any = false } } }, author);
        var oldestFirst = await ListAsync(
            "query($text: String!) { searchPosts(text: $text, order: [{ createdAt: ASC }]) { nodes { id } } }",
            "searchPosts", new { text = word }, author);

        Assert.Equal([withImage], images);
        Assert.Equal([older], noImages);
        Assert.Equal([older, withImage], oldestFirst);
    }

    [Fact]
    public async Task Hashtag_lists_filter_by_createdAt_and_order_oldest_first()
    {
        var author = await Api.NewUserAsync();
        var tag = Word();
        var older = await Api.NewPostAsync(author, $"#{tag} one");
        var cut = DateTimeOffset.UtcNow;
        await Task.Delay(20);
        var newer = await Api.NewPostAsync(author, $"#{tag} two");
        const string Query = """
            query($tag: String!, $where: PostFilterInput, $order: [PostSortInput!]) {
              postsByHashtag(tag: $tag, where: $where, order: $order) { nodes { id } }
            }
            """;

        var since = await ListAsync(Query, "postsByHashtag", new { tag, where = new { createdAt = new { gt = cut } } }, author);
        var oldestFirst = await ListAsync(Query, "postsByHashtag", new { tag, order = new[] { new { createdAt = "ASC" } } }, author);

        Assert.Equal([newer], since);
        Assert.Equal([older, newer], oldestFirst);
    }

    [Fact]
    public async Task Feed_filters_but_keeps_newest_first_as_its_only_order()
    {
        var (viewer, friend) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        await Api.FollowAsync(viewer, friend);
        var word = Word();
        var older = await Api.NewPostAsync(friend, $"{word} first");
        await Api.NewPostAsync(friend, "not this one");
        var newer = await Api.NewPostAsync(viewer, $"{word.ToUpperInvariant()} second");

        fixture.Statements.Reset();
        var filtered = await ListAsync(
            "query($where: PostFilterInput) { feed(first: 50, where: $where) { nodes { id } } }",
            "feed", new { where = new { text = new { startsWithIgnoreCase = word } } }, viewer);
        var feedSql = PageStatement("LIKE");
        var ordered = await Api.PostAsync("{ feed(order: [{ createdAt: ASC }]) { nodes { id } } }", viewer: viewer);

        Assert.Equal([newer, older], filtered);
        Assert.Contains("lower(", feedSql);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", ErrorCode(ordered));
    }

    [Fact]
    public async Task Filtering_composes_with_visibility_and_reveals_no_hidden_post()
    {
        var (author, stranger, follower) = (await Api.NewUserAsync(), await Api.NewUserAsync(), await Api.NewUserAsync());
        await Api.FollowAsync(follower, author);
        var secret = Word();
        var forFollowers = await Api.NewPostAsync(author, $"{secret} for followers #{secret}", "FOLLOWERS");
        await Api.NewPostAsync(author, $"{secret} private #{secret}", "PRIVATE");
        var deleted = await Api.NewPostAsync(author, $"{secret} deleted #{secret}");
        (await Api.PostAsync("mutation($postId: ID!) { deletePost(input: { postId: $postId }) { postId errors { __typename } } }", new { postId = deleted }, author))
            .Payload("deletePost");
        var revealing = new
        {
            or = new object[]
            {
                new { text = new { eq = $"{secret} for followers #{secret}" } },
                new { text = new { containsIgnoreCase = secret } },
                new { visibility = new { @in = new[] { "FOLLOWERS", "PRIVATE" } } },
            },
        };
        const string Search = "query($text: String!, $where: PostFilterInput) { searchPosts(text: $text, where: $where, first: 50) { nodes { id } } }";
        const string Hashtag = "query($tag: String!, $where: PostFilterInput) { postsByHashtag(tag: $tag, where: $where, first: 50) { nodes { id } } }";

        Assert.Empty(await TimelineAsync(stranger, author, new { where = revealing }));
        Assert.Empty(await ListAsync(Search, "searchPosts", new { text = secret, where = revealing }, stranger));
        Assert.Empty(await ListAsync(Hashtag, "postsByHashtag", new { tag = secret, where = revealing }, null));
        Assert.Empty(await ListAsync(
            "query($where: PostFilterInput) { feed(where: $where) { nodes { id } } }", "feed", new { where = revealing }, stranger));
        Assert.Equal([forFollowers], await ListAsync(Search, "searchPosts", new { text = secret, where = revealing }, follower));
    }

    [Fact]
    public async Task Only_the_chosen_fields_are_in_the_filter_and_sort_inputs()
    {
        var types = (await Api.PostAsync("""
            { filter: __type(name: "PostFilterInput") { inputFields { name } }
              sort: __type(name: "PostSortInput") { inputFields { name } } }
            """)).Body.GetProperty("data");

        Assert.Equal(["and", "or", "text", "imageUrls", "visibility", "createdAt", "editedAt"], Names(types.GetProperty("filter")));
        Assert.Equal(["createdAt", "editedAt"], Names(types.GetProperty("sort")));
    }

    [Theory]
    [InlineData("where: { id: { eq: \"x\" } }")]
    [InlineData("where: { authorId: { eq: \"00000000-0000-0000-0000-000000000000\" } }")]
    [InlineData("where: { deletedAt: { eq: null } }")]
    [InlineData("where: { likeCount: { gt: 1 } }")]
    [InlineData("order: [{ text: ASC }]")]
    [InlineData("order: [{ visibility: ASC }]")]
    public async Task Fields_that_were_not_chosen_are_refused_by_validation(string argument)
    {
        var response = await Api.PostAsync($"{{ searchPosts(text: \"x\", {argument}) {{ nodes {{ id }} }} }}");

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", ErrorCode(response));
    }

    [Fact]
    public async Task A_filter_deeper_than_8_levels_is_refused()
    {
        object where = new { text = new { eq = "x" } };
        for (var i = 0; i < 8; i++)
        {
            where = new { and = new[] { where } };
        }

        var response = await Api.PostAsync(
            "query($where: PostFilterInput) { searchPosts(text: \"x\", where: $where) { nodes { id } } }", new { where });

        var error = response.FieldError("FILTER_MAX_DEPTH_EXCEEDED", "searchPosts");
        Assert.Contains("Query.searchPosts", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_filter_of_more_than_50_conditions_is_refused_and_50_are_accepted()
    {
        var viewer = await Api.NewUserAsync();
        object Where(int count) => new { or = Enumerable.Range(0, count).Select(i => new { text = new { eq = $"t{i}" } }).ToArray() };
        const string Query = "query($id: ID!, $where: PostFilterInput) { user(id: $id) { posts(where: $where) { nodes { id } } } }";

        var tooMany = await Api.PostAsync(Query, new { id = viewer.Id, where = Where(51) }, viewer);
        var enough = await Api.PostAsync(Query, new { id = viewer.Id, where = Where(50) }, viewer);

        var error = tooMany.FieldError("FILTER_MAX_CONDITIONS_EXCEEDED", "user", "posts");
        Assert.Contains("User.posts", error.GetProperty("message").GetString());
        Assert.Equal(0, enough.Data("user").GetProperty("posts").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Paging_200_posts_by_a_non_unique_key_walks_each_once_forwards_and_backwards()
    {
        var author = await Api.NewUserAsync();
        await Api.SeedPostsAsync(author, 200);
        var authorId = PostsApi.RawId(author.Id);
        await using (var db = fixture.Database.CreateDbContext())
        {
            // Ten posts share each time: the order's key is far from unique.
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE posts SET created_at = date_trunc('hour', now()) - (abs(hashtext(id::text)) % 20) * interval '1 minute' WHERE author_id = {authorId}");
        }
        List<string> expected;
        await using (var db = fixture.Database.CreateDbContext())
        {
            expected = [.. (await db.Posts.Where(p => p.AuthorId == authorId).Select(p => new { p.CreatedAt, p.Id }).ToListAsync())
                .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Select(p => GraphQL.Relay.GlobalId.Format("Post", p.Id))];
        }
        var order = new[] { new { createdAt = "ASC" } };

        var forwards = new List<string>();
        string? after = null;
        do
        {
            var page = await TimelinePageAsync(author, new { order, first = 37, after });
            forwards.AddRange(Ids(page));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);
        var backwards = new List<string>();
        string? before = null;
        do
        {
            var page = await TimelinePageAsync(author, new { order, last = 37, before });
            backwards.InsertRange(0, Ids(page));
            before = page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean()
                ? page.GetProperty("pageInfo").GetProperty("startCursor").GetString()
                : null;
        }
        while (before is not null);

        Assert.Equal(200, expected.Count);
        Assert.Equal(expected, forwards);
        Assert.Equal(expected, backwards);
    }

    [Fact]
    public async Task A_cursor_of_one_order_is_refused_under_another()
    {
        var author = await Api.NewUserAsync();
        await Api.SeedPostsAsync(author, 5);
        var page = await TimelinePageAsync(author, new { order = new[] { new { createdAt = "ASC" } }, first = 2 });
        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var underDefault = await Api.PostAsync(TimelineQuery, new { id = author.Id, first = 2, after = cursor }, author);
        var underDescending = await Api.PostAsync(
            TimelineQuery, new { id = author.Id, first = 2, after = cursor, order = new[] { new { createdAt = "DESC" } } }, author);
        var underSameOrder = await Api.PostAsync(
            TimelineQuery, new { id = author.Id, first = 2, after = cursor, order = new[] { new { createdAt = "ASC" } } }, author);

        underDefault.FieldError("HC0078", "user", "posts");
        underDescending.FieldError("HC0078", "user", "posts");
        Assert.Equal(2, underSameOrder.Data("user").GetProperty("posts").GetProperty("nodes").GetArrayLength());
    }

    private async Task<List<string>> TimelineAsync(SignedInUser viewer, SignedInUser owner, object arguments)
    {
        var variables = JsonSerializer.SerializeToNode(arguments)!.AsObject();
        variables["id"] = owner.Id;
        variables["first"] ??= 50;
        return Ids((await Api.PostAsync(TimelineQuery, variables, viewer)).Data("user").GetProperty("posts"));
    }

    private async Task<JsonElement> TimelinePageAsync(SignedInUser author, object arguments)
    {
        var variables = JsonSerializer.SerializeToNode(arguments)!.AsObject();
        variables["id"] = author.Id;
        return (await Api.PostAsync(TimelineQuery, variables, author)).Data("user").GetProperty("posts");
    }

    private async Task<List<string>> ListAsync(string query, string field, object variables, SignedInUser? viewer) =>
        Ids((await Api.PostAsync(query, variables, viewer)).Data(field));

    /// <summary>The statement that read a page of posts since the last reset and contains <paramref name="fragment"/>.</summary>
    private string PageStatement(string fragment)
    {
        var statements = fixture.Statements.Statements;
        return statements.FirstOrDefault(s => s.Contains("FROM posts", StringComparison.Ordinal) && s.Contains(fragment, StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"No statement on posts with \"{fragment}\":\n{string.Join("\n---\n", statements)}");
    }

    private static List<string> Ids(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];

    private static List<string> Names(JsonElement type) =>
        [.. type.GetProperty("inputFields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!)];

    private static string? ErrorCode(GraphQLResponse response) =>
        response.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private static string Word() => "w" + Guid.NewGuid().ToString("N")[..10];
}
