namespace GraphQL.Validation.Rules;

/// <summary>Finds names that occur more than once in a list of nodes.</summary>
internal static class Duplicates
{
    private const int SmallListSize = 8;

    /// <summary>
    /// Each name given to more than one item, with all the items that have it, in order of first occurrence;
    /// empty when every name is unique. Lists without duplicates (the usual case) allocate nothing.
    /// </summary>
    public static IReadOnlyList<(string Name, List<T> Items)> Find<T>(IReadOnlyList<T> items, Func<T, string> nameOf)
    {
        if (!HasAny(items, nameOf))
        {
            return [];
        }
        var byName = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var item in items)
        {
            var name = nameOf(item);
            if (!byName.TryGetValue(name, out var group))
            {
                byName[name] = group = [];
                order.Add(name);
            }
            group.Add(item);
        }
        var duplicates = new List<(string, List<T>)>();
        foreach (var name in order)
        {
            if (byName[name].Count > 1)
            {
                duplicates.Add((name, byName[name]));
            }
        }
        return duplicates;
    }

    private static bool HasAny<T>(IReadOnlyList<T> items, Func<T, string> nameOf)
    {
        if (items.Count < 2)
        {
            return false;
        }
        if (items.Count <= SmallListSize)
        {
            for (var i = 1; i < items.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (nameOf(items[i]) == nameOf(items[j]))
                    {
                        return true;
                    }
                }
            }
            return false;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.Add(nameOf(item)))
            {
                return true;
            }
        }
        return false;
    }
}
