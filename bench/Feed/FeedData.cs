using System.Text.Json;
using GraphApi.Testing;
using GraphQL.Relay;
using Npgsql;

namespace GraphApi.Bench.Feed;

/// <summary>The signed-in viewer whose feed is measured: their user id and access token.</summary>
internal sealed record Viewer(Guid Id, string AccessToken);

/// <summary>
/// The benchmark's data: a viewer who signs up and in through the API, and, written with a few SQL statements,
/// authors with profiles (the viewer follows half of them), their top-level posts (one in five FOLLOWERS-only), 0–5
/// replies per post by other authors, and likes (each author and the viewer like about a quarter of the posts).
/// </summary>
internal static class FeedData
{
    private const string Password = "bench feed password 1";

    /// <summary>Signs a new user up (requestSignUpCode, the code from the outbox, signUp), then signs them in.</summary>
    public static async Task<Viewer> SignUpViewerAsync(FeedHost host, TestDatabase database)
    {
        const string email = "viewer@example.com";
        Expect(await host.DataAsync(
            "mutation($email: String!) { requestSignUpCode(input: { email: $email }) { errors { __typename } } }", new { email }), "requestSignUpCode");
        var code = await EmailOutbox.LatestCodeAsync(database.DbContextFactory, email);
        Expect(await host.DataAsync(
            "mutation($input: SignUpInput!) { signUp(input: $input) { errors { __typename } } }",
            new { input = new { email, code, password = Password, handle = "viewer", displayName = "The Viewer" } }), "signUp");
        var signIn = Expect(await host.DataAsync(
            "mutation($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { accessToken user { id } errors { __typename } } }",
            new { email, password = Password }), "signIn");
        var id = (Guid)GlobalId.Parse(signIn.GetProperty("user").GetProperty("id").GetString()!, typeof(Guid)).InternalId;
        return new Viewer(id, signIn.GetProperty("accessToken").GetString()!);
    }

    /// <summary>Writes the authors, follows, posts, replies and likes; returns how many top-level posts the feed holds.</summary>
    public static async Task<long> SeedAsync(NpgsqlDataSource dataSource, Viewer viewer, int authors, int posts)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await ExecuteAsync(connection, """
            INSERT INTO users (id, email, handle, password_hash, status, created_at)
            SELECT gen_random_uuid(), 'author' || n || '@example.com', 'author_' || n, 'never signs in', 'active', now()
            FROM generate_series(1, $1) AS n
            """, authors);
        await ExecuteAsync(connection, """
            INSERT INTO profiles (user_id, display_name, is_private)
            SELECT id, 'Author ' || substr(handle, 8), false FROM users WHERE handle LIKE 'author\_%'
            """);
        await ExecuteAsync(connection, """
            INSERT INTO follows (follower_id, followee_id, created_at)
            SELECT $1, id, now() FROM users WHERE handle LIKE 'author\_%' AND substr(handle, 8)::int % 2 = 0
            """, viewer.Id);
        await ExecuteAsync(connection, """
            INSERT INTO posts (id, author_id, text, image_urls, visibility, thread_root_id, created_at)
            SELECT g.id, a.id, 'bench post ' || g.n, ARRAY[]::text[], CASE WHEN g.n % 5 = 0 THEN 'followers' ELSE 'public' END,
                   g.id, now() - interval '1 day' - g.n * interval '1 minute'
            FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, $1) AS n) AS g
            JOIN users AS a ON a.handle = 'author_' || (g.n % $2 + 1)
            """, posts, authors);
        await ExecuteAsync(connection, """
            INSERT INTO posts (id, author_id, text, image_urls, visibility, reply_to_id, thread_root_id, created_at)
            SELECT gen_random_uuid(), r.id, 'bench reply ' || k, ARRAY[]::text[], 'public', p.id, p.id, p.created_at + k * interval '1 second'
            FROM posts AS p
            CROSS JOIN generate_series(1, 5) AS k
            JOIN users AS r ON r.handle = 'author_' || ((abs(hashtext(p.id::text)) + k) % $1 + 1)
            WHERE p.reply_to_id IS NULL AND k <= abs(hashtext(p.id::text)) % 6
            """, authors);
        await ExecuteAsync(connection, """
            INSERT INTO post_likes (post_id, user_id, created_at)
            SELECT p.id, u.id, p.created_at + interval '1 hour'
            FROM posts AS p CROSS JOIN users AS u
            WHERE p.reply_to_id IS NULL AND abs(hashtext(p.id::text || u.id::text)) % 4 = 0
            """);
        await ExecuteAsync(connection, "ANALYZE");
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM posts AS p JOIN follows AS f ON f.followee_id = p.author_id WHERE f.follower_id = $1 AND p.reply_to_id IS NULL", connection)
        {
            Parameters = { new() { Value = viewer.Id } },
        };
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The payload of a mutation, which must have no errors.</summary>
    private static JsonElement Expect(JsonElement data, string field)
    {
        var payload = data.GetProperty(field);
        return payload.GetProperty("errors") is { ValueKind: JsonValueKind.Array } errors && errors.GetArrayLength() > 0
            ? throw new InvalidOperationException($"{field} answered errors: {errors}")
            : payload;
    }
}
