using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace GraphQL.Types.Conversion;

/// <summary>
/// Converts coerced input values (scalars' runtime values, enum values, lists, input objects) to the CLR types
/// resolvers and input objects ask for: numbers widened or narrowed with range checks, <c>ID</c> strings to
/// numbers or <see cref="Guid"/>, <see cref="DateTimeOffset"/> to <see cref="DateTime"/>, enum value names to
/// CLR enum members, lists to arrays and lists, input object dictionaries to classes, records and structs.
/// Values of the target type pass through. A converter is built once per target type and cached.
/// </summary>
/// <remarks>
/// A value that does not fit the type is an <see cref="InputConversionException"/> (the client's error); a type that
/// cannot hold that kind of value at all is an <see cref="InvalidCastException"/> (the program's error).
/// </remarks>
internal static class InputValueConverter
{
    private static readonly ConcurrentDictionary<Type, Func<object?, object?>> Converters = new();

    private static readonly MethodInfo ListConverterMethod =
        typeof(InputValueConverter).GetMethod(nameof(CreateListConverter), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The generic <see cref="Convert{T}"/>, for compiled code.</summary>
    public static MethodInfo ConvertMethod { get; } = typeof(InputValueConverter).GetMethod(nameof(Convert))!;

    public static T Convert<T>(object? value) => value is T typed ? typed : (T)Converter<T>.Instance(value)!;

    /// <summary>The converter to <paramref name="target"/>; it throws only when it is used.</summary>
    public static Func<object?, object?> For(Type target) => Converters.GetOrAdd(target, Create);

    private static Func<object?, object?> Create(Type target)
    {
        var acceptsNull = !target.IsValueType || Nullable.GetUnderlyingType(target) is not null;
        var convert = CreateForValue(Nullable.GetUnderlyingType(target) ?? target);
        return value => value switch
        {
            null when acceptsNull => null,
            null => throw new InvalidCastException($"null cannot be converted to {target.Name}."),
            _ when target.IsInstanceOfType(value) => value,
            _ => convert(value),
        };
    }

    /// <summary>The conversion of a value that is not null and not of the target type already.</summary>
    private static Func<object, object?> CreateForValue(Type target)
    {
        if (target.IsEnum)
        {
            return CreateEnumConverter(target);
        }
        if (NumberConverter.IsNumber(target))
        {
            return value => NumberConverter.Convert(value, target);
        }
        if (target == typeof(Guid))
        {
            return value => value is string text
                ? Guid.TryParse(text, out var guid) ? guid : throw InputConversionException.CannotConvert(text, target)
                : throw Mismatch(value, target);
        }
        if (target == typeof(DateTime))
        {
            return value => value is DateTimeOffset dateTime ? dateTime.UtcDateTime : throw Mismatch(value, target);
        }
        if (target == typeof(string))
        {
            return value => value is IFormattable formattable
                ? formattable.ToString(null, CultureInfo.InvariantCulture)
                : throw Mismatch(value, target);
        }
        if (ClrCollections.ElementType(target) is { } element)
        {
            return ClrCollections.CanReceiveList(target, element)
                ? (Func<object, object?>)ListConverterMethod.MakeGenericMethod(element).Invoke(null, [target.IsArray])!
                : value => throw new InvalidCastException(
                    $"{target.Name} cannot be made from a list; use an array, List<T> or an interface List<T> implements.");
        }
        if (target.IsPrimitive)
        {
            return value => throw Mismatch(value, target);
        }
        Func<IReadOnlyDictionary<string, object?>, object>? create = null;
        return value => value is IReadOnlyDictionary<string, object?> fields
            ? (create ??= InputObjectConverter.ByConvention(target))(fields)
            : throw Mismatch(value, target);
    }

    private static InvalidCastException Mismatch(object value, Type target) =>
        new($"{value.GetType().Name} cannot be converted to {target.Name}.");

    /// <summary>Enum values by member name or by the member's GraphQL name (<c>DarkRed</c> or <c>DARK_RED</c>), ignoring case.</summary>
    private static Func<object, object?> CreateEnumConverter(Type enumType)
    {
        var byName = ClrEnumMembers.ByName(enumType, StringComparer.OrdinalIgnoreCase);
        return value => value is string name
            ? byName.TryGetValue(name, out var member) ? member : throw new InvalidCastException($"\"{name}\" is not a value of {enumType.Name}.")
            : throw Mismatch(value, enumType);
    }

    /// <summary>A list converter; a single value given for a list is a list of one.</summary>
    private static Func<object, object?> CreateListConverter<TItem>(bool asArray) => value =>
    {
        List<TItem> list;
        if (ClrCollections.IsListValue(value))
        {
            list = value is ICollection collection ? new List<TItem>(collection.Count) : [];
            foreach (var item in (IEnumerable)value)
            {
                list.Add(Convert<TItem>(item));
            }
        }
        else
        {
            list = [Convert<TItem>(value)];
        }
        return asArray ? list.ToArray() : list;
    };

    /// <summary>The converter to <typeparamref name="T"/>, looked up once.</summary>
    private static class Converter<T>
    {
        public static readonly Func<object?, object?> Instance = For(typeof(T));
    }
}
