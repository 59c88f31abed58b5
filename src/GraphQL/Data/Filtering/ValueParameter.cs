using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Data;

/// <summary>
/// A filter value as a member of a captured object, the shape a C# closure has: LINQ providers such as EF Core
/// send it as a query parameter (so the SQL text, and the provider's query cache entry, do not depend on the
/// value), where a plain constant would be written into the SQL. The factory for each type is compiled once.
/// </summary>
internal static class ValueParameter
{
    private static readonly ConcurrentDictionary<Type, Func<object?, Expression>> Factories = new();

    /// <summary>An expression of type <paramref name="type"/> that reads <paramref name="value"/> (already of that type).</summary>
    public static Expression Of(object? value, Type type) => Factories.GetOrAdd(type, CreateFactory)(value);

    private static Func<object?, Expression> CreateFactory(Type type)
    {
        var holderType = typeof(Holder<>).MakeGenericType(type);
        var valueProperty = holderType.GetProperty(nameof(Holder<object>.Value))!;
        var input = Expression.Parameter(typeof(object));
        var create = Expression.Lambda<Func<object?, object>>(
            Expression.New(holderType.GetConstructor([type])!, Expression.Convert(input, type)), input).Compile();
        return value => Expression.Property(Expression.Constant(create(value), holderType), valueProperty);
    }

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
