using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>What a field of a filter input filters, and the input type its value has. Made once, at schema build.</summary>
internal abstract class FilterTarget(InputObjectType type)
{
    public InputObjectType Type { get; } = type;
}

/// <summary>
/// The filter input of a CLR type (<c>PostFilterInput</c>): <c>and</c>, <c>or</c> and one field per
/// <c>[Filterable]</c> property. Shared by every field that filters that type.
/// </summary>
internal sealed class FilterObject(Type clrType, InputObjectType type) : FilterTarget(type)
{
    public Type ClrType { get; } = clrType;

    /// <summary>The filterable properties by GraphQL field name.</summary>
    public Dictionary<string, FilterField> Fields { get; } = new(StringComparer.Ordinal);
}

/// <summary>A filterable property and what filters it.</summary>
internal sealed record FilterField(PropertyInfo Property, FilterTarget Target);

/// <summary>
/// The operations on a scalar or enum property (<c>IntOperationFilterInput</c>…). The input type is shared by every
/// property of that GraphQL type; the operand is the property's own CLR type (<c>int</c>, <c>int?</c>, <c>short</c>…).
/// </summary>
internal sealed class OperationFilter(InputObjectType type, FilterOperand operand) : FilterTarget(type)
{
    public FilterOperand Operand { get; } = operand;
}

/// <summary>
/// The operations on a list property (<c>some</c>, <c>all</c>, <c>none</c>, <c>any</c>) and the filter of its
/// elements; the LINQ methods and delegate type are closed over the element type once.
/// </summary>
internal sealed class ListFilter : FilterTarget
{
    public ListFilter(InputObjectType type, Type elementType, FilterTarget element)
        : base(type)
    {
        ElementType = elementType;
        Element = element;
        PredicateType = typeof(Func<,>).MakeGenericType(elementType, typeof(bool));
        AnyMethod = EnumerableMethod(nameof(Enumerable.Any), 1, elementType);
        AnyMatchingMethod = EnumerableMethod(nameof(Enumerable.Any), 2, elementType);
        AllMethod = EnumerableMethod(nameof(Enumerable.All), 2, elementType);
    }

    public Type ElementType { get; }

    public FilterTarget Element { get; }

    /// <summary><c>Func&lt;TElement, bool&gt;</c>.</summary>
    public Type PredicateType { get; }

    /// <summary><c>Enumerable.Any&lt;TElement&gt;(source)</c>.</summary>
    public MethodInfo AnyMethod { get; }

    /// <summary><c>Enumerable.Any&lt;TElement&gt;(source, predicate)</c>.</summary>
    public MethodInfo AnyMatchingMethod { get; }

    /// <summary><c>Enumerable.All&lt;TElement&gt;(source, predicate)</c>.</summary>
    public MethodInfo AllMethod { get; }

    public ParameterExpression ElementParameter(int depth) => Expression.Parameter(ElementType, "e" + depth);

    private static MethodInfo EnumerableMethod(string name, int parameterCount, Type elementType) =>
        typeof(Enumerable).GetMethods()
            .Single(m => m.Name == name && m.GetParameters().Length == parameterCount)
            .MakeGenericMethod(elementType);
}
