using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.StaticFiles;

namespace GraphQL.AspNetCore.Ide;

/// <summary>
/// The files of the npm package <c>@chillicream/bananacakepop-graphql-ide</c>, embedded into this assembly at build
/// time under <c>bananacakepop/</c> (see the project file), by their path in the package.
/// </summary>
internal sealed class BananaCakePopAssets
{
    private const string ResourcePrefix = "bananacakepop/";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly Assembly _assembly = typeof(BananaCakePopAssets).Assembly;
    private readonly FrozenSet<string> _paths;

    public BananaCakePopAssets()
    {
        _paths = _assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => name[ResourcePrefix.Length..])
            .ToFrozenSet(StringComparer.Ordinal);
        using var index = Open("index.html") ?? throw new InvalidOperationException(
            "The Banana Cake Pop files are not embedded in GraphQL.AspNetCore: run scripts/deps and rebuild.");
        using var reader = new StreamReader(index);
        IndexHtml = reader.ReadToEnd();
    }

    /// <summary>The IDE's page, with links relative to the folder it is served from.</summary>
    public string IndexHtml { get; }

    /// <summary>The file at <paramref name="path"/> (e.g. <c>static/js/main.js</c>), or null when the package has none.</summary>
    public Stream? Open(string path) =>
        _paths.Contains(path) ? _assembly.GetManifestResourceStream(ResourcePrefix + path) : null;

    public static string ContentTypeOf(string path) =>
        ContentTypes.TryGetContentType(path, out var contentType) ? contentType : "application/octet-stream";
}
