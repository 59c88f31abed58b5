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

    /// <summary>Everything introspection offers, as a client that generates types asks for it.</summary>
    public const string Introspection = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) { ...InputValue }
            }
          }
        }
        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          isOneOf
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }
        fragment TypeRef on __Type {
          kind
          name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        }
        """;

    public static string ByName(string name) => name switch
    {
        nameof(ThreeFields) => ThreeFields,
        nameof(Fragments) => Fragments,
        nameof(Introspection) => Introspection,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
