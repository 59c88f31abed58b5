using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Data;

/// <summary>
/// The order keyset paging pages in: the keys of the query's own <c>OrderBy</c>/<c>ThenBy</c> chain (put there by the
/// resolver or by sorting middleware), then the element's id as the final tie-breaker unless already a key. Its
/// <see cref="Signature"/> goes into every cursor, so a cursor only fits the order that made it.
/// </summary>
internal sealed class KeysetOrder
{
    private static readonly ConcurrentDictionary<Type, MemberInfo?> IdMembers = new();

    private readonly IReadOnlyList<MethodCallExpression> _orderingCalls;

    private KeysetOrder(Type elementType, IReadOnlyList<SortKey> keys, IReadOnlyList<MethodCallExpression> orderingCalls)
    {
        _orderingCalls = orderingCalls;
        Keys = keys;
        KeyTypes = [.. keys.Select(k => k.Type)];
        Signature = CursorCodec.Signature(
            elementType.FullName + "|" + string.Join(",", keys.Select(k => (k.Descending ? "-" : "+") + k.Path)));
    }

    public IReadOnlyList<SortKey> Keys { get; }

    public IReadOnlyList<Type> KeyTypes { get; }

    public uint Signature { get; }

    /// <summary>The order of <paramref name="query"/>, completed with the id of <paramref name="elementType"/>.</summary>
    /// <exception cref="InvalidOperationException">The order is not made of member paths, or the element has no id.</exception>
    public static KeysetOrder Of(Expression query, Type elementType)
    {
        var orderingCalls = new List<MethodCallExpression>();
        var keys = ReadOrderBy(query, elementType, orderingCalls);
        var id = IdMember(elementType) ?? throw new InvalidOperationException(
            $"Keyset paging needs a unique key to order '{elementType.Name}' by last: give it an 'Id' property, or mark its key with [Key].");
        if (!keys.Any(k => k.Path == id.Name))
        {
            keys.Add(SortKey.OfMember(elementType, id));
        }
        return new KeysetOrder(elementType, keys, orderingCalls);
    }

    /// <summary>
    /// The query without the ordering calls this order was read from: paging applies the complete order itself, and
    /// EF Core cannot translate an order before a <c>GroupBy</c>.
    /// </summary>
    public Expression WithoutOrdering(Expression query) =>
        _orderingCalls.Count == 0 ? query : new OrderingRemover(_orderingCalls).Visit(query);

    /// <summary>The property marked <c>[Key]</c>, else the property named <c>Id</c>; null when there is neither.</summary>
    public static MemberInfo? IdMember(Type elementType) => IdMembers.GetOrAdd(elementType, static type =>
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return properties.FirstOrDefault(p => p.IsDefined(typeof(KeyAttribute), inherit: true))
            ?? properties.FirstOrDefault(p => p.Name == "Id");
    });

    /// <summary>
    /// The keys of the ordering chain nearest the top of the query, looking down through calls that keep the element
    /// type (<c>Where</c>, <c>AsNoTracking</c>, <c>Include</c>…); none when there is no ordering.
    /// </summary>
    private static List<SortKey> ReadOrderBy(Expression query, Type elementType, List<MethodCallExpression> orderingCalls)
    {
        var keys = new List<SortKey>();
        var node = query;
        while (node is MethodCallExpression call && call.Arguments.Count > 0 && KeepsElementType(call, elementType))
        {
            var method = call.Method;
            var isOrdering = method.DeclaringType == typeof(Queryable) && method.Name is
                nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending) or nameof(Queryable.ThenBy) or nameof(Queryable.ThenByDescending);
            if (isOrdering)
            {
                if (call.Arguments.Count != 2)
                {
                    throw new InvalidOperationException("Keyset paging cannot use an order with a custom comparer.");
                }
                var selector = (LambdaExpression)StripQuotes(call.Arguments[1]);
                keys.Insert(0, SortKey.Of(selector, method.Name.EndsWith("Descending", StringComparison.Ordinal)));
                orderingCalls.Add(call);
                if (method.Name.StartsWith("OrderBy", StringComparison.Ordinal))
                {
                    break;
                }
            }
            else if (keys.Count > 0)
            {
                break;
            }
            node = call.Arguments[0];
        }
        return keys;
    }

    private static bool KeepsElementType(MethodCallExpression call, Type elementType) =>
        ElementTypeOf(call.Type) == elementType && ElementTypeOf(call.Arguments[0].Type) == elementType;

    private static Type? ElementTypeOf(Type type) =>
        type.IsGenericType && typeof(IQueryable).IsAssignableFrom(type) ? type.GenericTypeArguments[0] : null;

    private sealed class OrderingRemover(IReadOnlyList<MethodCallExpression> calls) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            calls.Contains(node) ? Visit(node.Arguments[0]) : base.VisitMethodCall(node);
    }

    private static Expression StripQuotes(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand : expression;
}
