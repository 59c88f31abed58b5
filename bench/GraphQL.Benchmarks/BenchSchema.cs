using GraphQL.Types;

namespace GraphQL.Benchmarks;

/// <summary>A small social schema with in-memory data: enough shape for realistic validation and execution.</summary>
internal static class BenchSchema
{
    private const string Sdl = """
        "Something with a global id."
        interface Node { id: ID! }

        type User implements Node {
          id: ID!
          handle: String!
          displayName: String
          posts(first: Int = 10): [Post!]!
        }

        type Post implements Node {
          id: ID!
          text: String!
          likeCount: Int!
          author: User!
          visibility: Visibility!
        }

        enum Visibility { PUBLIC FOLLOWERS PRIVATE }

        union SearchResult = User | Post

        type Query {
          me: User
          user(handle: String!): User
          search(text: String!): [SearchResult!]!
        }
        """;

    public static Schema Create()
    {
        var author = new User("VXNlcjox", "ada", "Ada", []);
        var posts = Enumerable.Range(1, 10)
            .Select(i => new Post($"UG9zdDo{i}", $"Post number {i}", i * 3, author, "PUBLIC"))
            .ToArray();
        var user = author with { Posts = posts };

        return SchemaBuilder.FromSdl(Sdl)
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
