namespace GraphQL.Benchmarks;

/// <summary>
/// The benchmark's documents, shared with the graphql-js baseline: the schema and two queries from bench/documents,
/// and graphql-js's full introspection query (shared with the tests), all embedded into the assembly.
/// </summary>
internal static class BenchQueries
{
    public const string ThreeFields = nameof(ThreeFields);

    public const string Fragments = nameof(Fragments);

    public const string Introspection = nameof(Introspection);

    public static string Schema => Read("schema.graphql");

    public static string ByName(string name) => Read(name == Introspection ? "IntrospectionQuery.graphql" : name + ".graphql");

    private static string Read(string resource)
    {
        using var stream = typeof(BenchQueries).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The resource {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
