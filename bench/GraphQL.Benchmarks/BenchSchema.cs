using GraphQL.Types;

namespace GraphQL.Benchmarks;

/// <summary>bench/documents/schema.graphql with in-memory data, as the graphql-js baseline serves it.</summary>
internal static class BenchSchema
{
    public static Schema Create()
    {
        var author = new User("VXNlcjox", "ada", "Ada", []);
        var posts = Enumerable.Range(1, 10)
            .Select(i => new Post($"UG9zdDo{i}", $"Post number {i}", i * 3, author, "PUBLIC"))
            .ToArray();
        var user = author with { Posts = posts };

        return SchemaBuilder.FromSdl(BenchQueries.Schema)
            .BindRuntimeType("User", typeof(User))
            .BindRuntimeType("Post", typeof(Post))
            .BindResolver("Query", "me", _ => new ValueTask<object?>(user))
            .BindResolver("Query", "user", _ => new ValueTask<object?>(user))
            .BindResolver("Query", "search", _ => new ValueTask<object?>(posts.Cast<object>().Prepend(user).ToArray()))
            .BindResolver("User", "posts", ctx =>
                new ValueTask<object?>(ctx.Parent<User>().Posts.Take(ctx.ArgumentValue<int>("first"))))
            .Build();
    }

    public sealed record User(string Id, string Handle, string? DisplayName, Post[] Posts);

    public sealed record Post(string Id, string Text, int LikeCount, User Author, string Visibility);
}
