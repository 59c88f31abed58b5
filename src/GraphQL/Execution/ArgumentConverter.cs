using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// Converts coerced argument values to the CLR type a resolver asks for (<see cref="IResolverContext.ArgumentValue{T}"/>):
/// numbers widened or narrowed with range checks, lists to arrays and lists, input object dictionaries to CLR
/// objects, enum value names to CLR enums. A converter is built once per target type and cached.
/// </summary>
internal static class ArgumentConverter
{
    private static readonly ConcurrentDictionary<Type, Func<object, object?>> Converters = new();

    private static readonly MethodInfo ListConverterMethod =
        typeof(ArgumentConverter).GetMethod(nameof(CreateListConverter), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static T Convert<T>(object? value, string argumentName)
    {
        if (value is T typed)
        {
            return typed;
        }
        try
        {
            return (T)ConvertTo(value, typeof(T))!;
        }
        catch (OverflowException)
        {
            throw new GraphQLException($"The value {JsonValueWriter.ToJson(value)} of argument \"{argumentName}\" is out of range for {typeof(T).Name}.", ErrorCodes.InvalidValue);
        }
        catch (InvalidCastException exception)
        {
            throw new InvalidOperationException($"Argument \"{argumentName}\" cannot be read as {typeof(T).Name}: {exception.Message}", exception);
        }
    }

    /// <summary>Converts one value; throws <see cref="InvalidCastException"/> or <see cref="OverflowException"/>.</summary>
    public static object? ConvertTo(object? value, Type target)
    {
        if (value is null)
        {
            return target.IsValueType && Nullable.GetUnderlyingType(target) is null
                ? throw new InvalidCastException($"null cannot be converted to {target.Name}.")
                : null;
        }
        return target.IsInstanceOfType(value) ? value : Converters.GetOrAdd(target, CreateConverter)(value);
    }

    private static Func<object, object?> CreateConverter(Type target)
    {
        if (Nullable.GetUnderlyingType(target) is { } underlying)
        {
            return value => ConvertTo(value, underlying);
        }
        if (target.IsEnum)
        {
            return CreateEnumConverter(target);
        }
        if (IsNumber(target))
        {
            return value => ConvertNumber(value, target);
        }
        if (GetListItemType(target) is { } itemType)
        {
            return (Func<object, object?>)ListConverterMethod.MakeGenericMethod(itemType).Invoke(null, [target.IsArray])!;
        }
        if (target.IsClass && target != typeof(string))
        {
            var factory = InputObjectFactory.Create(target);
            return value => value is IReadOnlyDictionary<string, object?> fields
                ? factory(fields)
                : throw new InvalidCastException($"{value.GetType().Name} cannot be converted to {target.Name}.");
        }
        return value => throw new InvalidCastException($"{value.GetType().Name} cannot be converted to {target.Name}.");
    }

    private static bool IsNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) ||
        type == typeof(sbyte) || type == typeof(ushort) || type == typeof(uint) || type == typeof(ulong) ||
        type == typeof(double) || type == typeof(float) || type == typeof(decimal);

    private static object ConvertNumber(object value, Type target)
    {
        if (value is not IConvertible convertible || value is string or bool or char)
        {
            throw new InvalidCastException($"{value.GetType().Name} is not a number.");
        }
        var isIntegral = target != typeof(double) && target != typeof(float) && target != typeof(decimal);
        if (isIntegral && value is double or float or decimal && convertible.ToDecimal(CultureInfo.InvariantCulture) % 1 != 0)
        {
            throw new InvalidCastException($"{value} is not an integer.");
        }
        return convertible.ToType(target, CultureInfo.InvariantCulture);
    }

    private static Func<object, object?> CreateEnumConverter(Type enumType)
    {
        // SDL-first enum values are their names (e.g. DARK_RED); match them to members (DarkRed) by convention.
        var byName = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in Enum.GetValues(enumType))
        {
            var memberName = member.ToString()!;
            byName[memberName] = member;
            byName.TryAdd(NameConventions.ToEnumValueName(memberName), member);
        }
        return value => value is string name && byName.TryGetValue(name, out var member)
            ? member
            : throw new InvalidCastException($"\"{value}\" is not a value of {enumType.Name}.");
    }

    private static Type? GetListItemType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }
        if (!type.IsGenericType)
        {
            return null;
        }
        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>) ||
               definition == typeof(IEnumerable<>) || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    private static Func<object, object?> CreateListConverter<TItem>(bool asArray) => value =>
    {
        var list = new List<TItem>();
        if (value is IEnumerable items and not string and not IReadOnlyDictionary<string, object?>)
        {
            foreach (var item in items)
            {
                list.Add((TItem)ConvertTo(item, typeof(TItem))!);
            }
        }
        else
        {
            list.Add((TItem)ConvertTo(value, typeof(TItem))!);
        }
        return asArray ? list.ToArray() : list;
    };
}
