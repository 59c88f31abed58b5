namespace GraphQL.Types.Conversion;

/// <summary>How GraphQL enum value names denote the members of a CLR enum.</summary>
internal static class ClrEnumMembers
{
    /// <summary>
    /// The members of <paramref name="enumType"/> by their own names and by the enum value names the naming convention
    /// gives them (<c>DarkRed</c> and <c>DARK_RED</c>); a member's own name wins over another's conventional name.
    /// </summary>
    public static Dictionary<string, object> ByName(Type enumType, StringComparer comparer)
    {
        var names = Enum.GetNames(enumType);
        var byName = new Dictionary<string, object>(names.Length * 2, comparer);
        foreach (var name in names)
        {
            byName[name] = Enum.Parse(enumType, name);
        }
        foreach (var name in names)
        {
            byName.TryAdd(NameConventions.ToEnumValueName(name), byName[name]);
        }
        return byName;
    }
}
