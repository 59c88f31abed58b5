using System.Collections;

namespace GraphQL.Types.Conversion;

/// <summary>
/// Which CLR types are lists to GraphQL: arrays and every <see cref="IEnumerable{T}"/> but <see cref="string"/>.
/// Input values can fill the ones made from an array or a <see cref="List{T}"/>.
/// </summary>
internal static class ClrCollections
{
    /// <summary>
    /// Whether an input value (from JSON variables or C#) is a list: an enumerable that is neither a string nor an
    /// input object's dictionary.
    /// </summary>
    public static bool IsListValue(object? value) =>
        value is IEnumerable and not string and not IReadOnlyDictionary<string, object?> and not IDictionary<string, object?>;

    /// <summary>The element type when <paramref name="type"/> is a list to GraphQL; otherwise null.</summary>
    public static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }
        if (type.IsArray)
        {
            return type.GetElementType();
        }
        var enumerable = IsEnumerableOfT(type) ? type : type.GetInterfaces().FirstOrDefault(IsEnumerableOfT);
        return enumerable?.GenericTypeArguments[0];
    }

    /// <summary>Whether a list input value can become a <paramref name="collectionType"/>: an array, or a type a <see cref="List{T}"/> is.</summary>
    public static bool CanReceiveList(Type collectionType, Type elementType) =>
        collectionType.IsArray || collectionType.IsAssignableFrom(typeof(List<>).MakeGenericType(elementType));

    private static bool IsEnumerableOfT(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>);
}
