namespace GraphQL.Tests.Introspection;

/// <summary>Files of the repository the tests need: found from the test assembly by walking up to GraphApi.sln.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string IntrospectionQueryPath => Path.Combine(Root, "tests", "GraphQL.Tests", "Introspection", "IntrospectionQuery.graphql");

    /// <summary>graphql-js's introspection query with every option on (see README in src/GraphQL/Introspection).</summary>
    public static string IntrospectionQuery => File.ReadAllText(IntrospectionQueryPath);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphApi.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"GraphApi.sln was not found in {AppContext.BaseDirectory} or any directory above it.");
    }
}
