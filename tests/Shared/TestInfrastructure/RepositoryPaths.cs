namespace GraphApi.Testing;

/// <summary>Folders of the repository the tests run in, and the npm packages scripts/deps installs there.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>A test folder with a node package, after checking scripts/deps has installed its dependencies.</summary>
    public static string NodePackage(string folder)
    {
        var path = Path.Combine(Root, folder);
        return Directory.Exists(Path.Combine(path, "node_modules"))
            ? path
            : throw new InvalidOperationException($"{folder}/node_modules is missing: run scripts/deps --tests first.");
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphApi.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No GraphApi.sln above {AppContext.BaseDirectory}.");
    }
}
