using System.Reflection;

namespace GraphApi.Data.Migrations;

/// <summary>Reads the <c>.sql</c> files embedded in an assembly as migrations.</summary>
public static class EmbeddedMigrations
{
    /// <summary>
    /// Every embedded resource named <paramref name="resourcePrefix"/> + <c>NNNN_name.sql</c>, ordered by version.
    /// </summary>
    public static IReadOnlyList<Migration> Load(Assembly assembly, string resourcePrefix)
    {
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(resourcePrefix, StringComparison.Ordinal)
                || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(Migration.FromFile(resource[resourcePrefix.Length..], reader.ReadToEnd()));
        }

        return migrations.OrderBy(m => m.Version).ToList();
    }
}
