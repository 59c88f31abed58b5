namespace GraphQL.Benchmarks;

/// <summary>The documents every benchmark runs, by name.</summary>
internal static class BenchQueries
{
    public const string ThreeFields = "{ me { id handle displayName } }";

    public const string Fragments = """
        query Profile($handle: String!) {
          user(handle: $handle) { ...UserCard posts(first: 5) { ...PostCard } }
          search(text: "post") { __typename ...UserCard ...PostCard }
        }
        fragment UserCard on User { id handle displayName }
        fragment PostCard on Post { id text likeCount visibility author { ...UserCard } }
        """;

    /// <summary>graphql-js's full introspection query, as clients that generate types send it (shared with the tests).</summary>
    public static readonly string Introspection = ReadResource("IntrospectionQuery.graphql");

    public static string ByName(string name) => name switch
    {
        nameof(ThreeFields) => ThreeFields,
        nameof(Fragments) => Fragments,
        nameof(Introspection) => Introspection,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string ReadResource(string name)
    {
        using var stream = typeof(BenchQueries).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
