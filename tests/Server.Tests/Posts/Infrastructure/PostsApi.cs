using System.Text.Json;
using GraphApi.Data.Follows;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Server.Tests.Posts.Infrastructure;

/// <summary>Post operations over HTTP and the shortcuts the post tests build on (users, follows, posts).</summary>
public sealed class PostsApi(AccountsApi accounts, TestDatabase database) : IDisposable
{
    public const string PostFields = "id text imageUrls visibility createdAt editedAt author { id handle } replyTo { id } repostOf { id }";

    public const string CreatePost = $$"""
        mutation($input: CreatePostInput!) {
          createPost(input: $input) {
            post { {{PostFields}} mentions { handle } hashtags }
            errors {
              __typename
              ... on Error { message }
              ... on PostTextTooLongError { maxLength }
              ... on TooManyImagesError { maxImages }
              ... on InvalidImageUrlError { imageUrl maxLength }
            }
          }
        }
        """;

    public AccountsApi Accounts { get; } = accounts;

    /// <summary>The database id inside a global id of the API (<c>User</c> or <c>Post</c>).</summary>
    public static Guid RawId(string globalId) => (Guid)GlobalId.Parse(globalId, typeof(Guid)).InternalId;

    /// <summary>A new signed-in user.</summary>
    public Task<SignedInUser> NewUserAsync() => Accounts.NewUserAsync();

    /// <summary>Posts a request as <paramref name="viewer"/> (signed out when null).</summary>
    public Task<GraphQLResponse> PostAsync(string query, object? variables = null, SignedInUser? viewer = null) =>
        Accounts.Client.PostAsync(query, variables, viewer?.AccessToken);

    /// <summary><paramref name="follower"/> follows <paramref name="followee"/> (written to the database: follows have an API of their own).</summary>
    public async Task FollowAsync(SignedInUser follower, SignedInUser followee)
    {
        await using var db = database.CreateDbContext();
        db.Follows.Add(new Follow { FollowerId = PostsApi.RawId(follower.Id), FolloweeId = PostsApi.RawId(followee.Id), CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
    }

    /// <summary>Creates a post through the API, asserts it succeeded, and returns its id.</summary>
    public async Task<string> NewPostAsync(SignedInUser author, string text = "Hello", string visibility = "PUBLIC")
    {
        var payload = (await PostAsync(CreatePost, new { input = new { text, visibility } }, author)).Payload("createPost");
        return payload.GetProperty("post").GetProperty("id").GetString()!;
    }

    /// <summary>Runs a mutation that takes <c>{ postId }</c> and returns <c>{ post { id } errors }</c>; asserts it succeeded.</summary>
    public async Task<JsonElement> ActAsync(string mutation, SignedInUser viewer, string postId)
    {
        var query = $"mutation($postId: ID!) {{ {mutation}(input: {{ postId: $postId }}) {{ post {{ id }} errors {{ __typename }} }} }}";
        return (await PostAsync(query, new { postId }, viewer)).Payload(mutation);
    }

    /// <summary>
    /// Inserts <paramref name="count"/> PUBLIC posts of <paramref name="author"/> in one statement, one second apart (the
    /// newest a minute ago), each with <paramref name="repliesEach"/> replies by <paramref name="replier"/>; returns the posts' ids.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> SeedPostsAsync(SignedInUser author, int count, SignedInUser? replier = null, int repliesEach = 0)
    {
        await using var db = database.CreateDbContext();
        var authorId = RawId(author.Id);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO posts (id, author_id, text, image_urls, visibility, thread_root_id, created_at)
            SELECT g.id, {authorId}, 'seeded post ' || g.n, ARRAY[]::text[], 'public', g.id, now() - interval '1 minute' - g.n * interval '1 second'
            FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, {count}) AS n) AS g
            """);
        if (replier is not null && repliesEach > 0)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO posts (id, author_id, text, image_urls, visibility, reply_to_id, thread_root_id, created_at)
                SELECT gen_random_uuid(), {RawId(replier.Id)}, 'seeded reply ' || k, ARRAY[]::text[], 'public', p.id, p.id, p.created_at + k * interval '1 millisecond'
                FROM posts AS p CROSS JOIN generate_series(1, {repliesEach}) AS k
                WHERE p.author_id = {authorId} AND p.reply_to_id IS NULL
                """);
        }
        return await db.Posts.Where(p => p.AuthorId == authorId && p.ReplyToId == null).Select(p => p.Id).ToListAsync();
    }

    public void Dispose() => Accounts.Dispose();
}
