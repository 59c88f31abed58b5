using System.Text;

namespace GraphQL.Types;

/// <summary>HotChocolate's naming conventions for turning C# names into GraphQL names.</summary>
public static class NameConventions
{
    /// <summary><c>FieldDefinition</c> → <c>FIELD_DEFINITION</c>; <c>HTTPStatus</c> → <c>HTTP_STATUS</c>.</summary>
    public static string ToEnumValueName(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && name[i - 1] != '_' &&
                (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                builder.Append('_');
            }
            builder.Append(char.ToUpperInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary><c>GetUserById</c> → <c>userById</c>; <c>CreatePostAsync</c> → <c>createPost</c>; <c>ID</c> → <c>id</c>.</summary>
    public static string ToFieldName(string memberName)
    {
        var name = memberName;
        if (name.EndsWith("Async", StringComparison.Ordinal) && name.Length > 5)
        {
            name = name[..^5];
        }
        if (name.StartsWith("Get", StringComparison.Ordinal) && name.Length > 3 && char.IsUpper(name[3]))
        {
            name = name[3..];
        }
        return ToCamelCase(name);
    }

    /// <summary>Lower-cases the leading run of capitals: <c>URLPath</c> → <c>urlPath</c>, <c>Name</c> → <c>name</c>.</summary>
    public static string ToCamelCase(string name)
    {
        if (name.Length == 0 || char.IsLower(name[0]))
        {
            return name;
        }
        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }
        if (upper == 1 || upper == name.Length)
        {
            return name.ToLowerInvariant()[..upper] + name[upper..];
        }
        // "URLPath": keep the capital that starts the next word.
        var lowered = upper - 1;
        return name[..lowered].ToLowerInvariant() + name[lowered..];
    }
}
