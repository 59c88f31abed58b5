using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Execution;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Converts coerced input values (scalars' runtime values, CLR enum members, lists, nested input objects already
/// made by their own <see cref="InputObjectType.CreateRuntimeValue"/>) to the CLR types of input object members.
/// The conversion is chosen when the schema is built; values of the expected type pass through untouched.
/// </summary>
internal static class InputValueConverter
{
    private static readonly MethodInfo LeafMethod = typeof(InputValueConverter).GetMethod(nameof(Leaf))!;
    private static readonly MethodInfo ToListMethod = typeof(InputValueConverter).GetMethod(nameof(ToList))!;
    private static readonly MethodInfo ToArrayMethod = typeof(InputValueConverter).GetMethod(nameof(ToArray))!;

    /// <summary>
    /// An expression converting <paramref name="value"/> (an <see cref="object"/>) to <paramref name="shape"/>'s declared
    /// type; <paramref name="subject"/> names the member the value is for in messages.
    /// </summary>
    /// <exception cref="CodeFirstException">The declared collection type cannot be made from a list.</exception>
    public static Expression Convert(Expression value, TypeShape shape, string subject)
    {
        var declared = shape.DeclaredType;
        if (shape.Element is not { } element)
        {
            return Expression.Call(LeafMethod.MakeGenericMethod(declared), value);
        }
        var item = Expression.Parameter(typeof(object), "item");
        var convertItem = Expression.Lambda(
            typeof(Func<,>).MakeGenericType(typeof(object), element.DeclaredType), Convert(item, element, subject), item).Compile();
        var collection = declared.IsArray ? ToArrayMethod
            : declared.IsAssignableFrom(typeof(List<>).MakeGenericType(element.DeclaredType)) ? ToListMethod
            : throw new CodeFirstException(
                $"{subject} has the collection type '{CodeFirstException.Describe(declared)}', which cannot receive GraphQL input; use an array, List<T> or an interface List<T> implements.");
        return Expression.Convert(
            Expression.Call(collection.MakeGenericMethod(element.DeclaredType), value, Expression.Constant(convertItem)),
            declared);
    }

    public static T Leaf<T>(object? value) => value switch
    {
        T typed => typed,
        null => default!,
        _ => ChangeType<T>(value),
    };

    public static List<T>? ToList<T>(object? value, Func<object?, T> convertItem)
    {
        if (value is null)
        {
            return null;
        }
        var list = value is ICollection collection ? new List<T>(collection.Count) : [];
        foreach (var item in (IEnumerable)value)
        {
            list.Add(convertItem(item));
        }
        return list;
    }

    public static T[]? ToArray<T>(object? value, Func<object?, T> convertItem) => ToList(value, convertItem)?.ToArray();

    /// <summary>
    /// The conversions a scalar's runtime value may need to reach a member's type: numbers narrowed or widened,
    /// <c>ID</c> strings to numbers or <see cref="Guid"/>, <see cref="DateTimeOffset"/> to <see cref="DateTime"/>.
    /// A value that does not fit is the client's error.
    /// </summary>
    private static T ChangeType<T>(object value)
    {
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        try
        {
            return (T)(value switch
            {
                string text when target == typeof(Guid) => Guid.Parse(text, CultureInfo.InvariantCulture),
                DateTimeOffset dateTime when target == typeof(DateTime) => dateTime.UtcDateTime,
                _ => System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
            });
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or InvalidCastException)
        {
            throw new GraphQLException($"The value '{value}' cannot be converted to {target.Name}.");
        }
    }
}
