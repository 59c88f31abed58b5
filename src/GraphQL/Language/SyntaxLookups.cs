namespace GraphQL.Language;

/// <summary>Lookups by name in syntax trees.</summary>
internal static class SyntaxLookups
{
    /// <summary>The first of <paramref name="nodes"/> (arguments, input object fields…) named <paramref name="name"/>; null when none is.</summary>
    public static T? FindByName<T>(this IReadOnlyList<T> nodes, string name) where T : class, INamedSyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Name.Value == name)
            {
                return nodes[i];
            }
        }
        return null;
    }

    /// <summary>The fragment definitions of a document by name; the first one when a name is defined twice.</summary>
    public static Dictionary<string, FragmentDefinitionNode> FragmentsByName(this DocumentNode document)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
        return fragments;
    }
}
