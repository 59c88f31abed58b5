using System.Linq.Expressions;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>
/// The <c>where</c> and <c>order</c> of one execution of a field, for a resolver that reads its list itself (a
/// DataLoader that pages many parents in one statement, returning <see cref="Page{T}"/>): <c>[UseFiltering]</c> and
/// <c>[UseSorting]</c> translate the arguments before the resolver runs and hand them over as this parameter
/// (HotChocolate's <c>QueryContext&lt;T&gt;</c>); the resolver applies them with <see cref="Apply"/>. Two contexts are
/// equal when their arguments are, so a DataLoader key that holds one batches the parents that share them.
/// </summary>
/// <typeparam name="T">The element the filter and order apply to: the attributes' type argument.</typeparam>
[LocalState(ProvidedBy = "[UseFiltering(typeof({0}))] or [UseSorting(typeof({0}))]")]
public sealed class QueryContext<T> : IEquatable<QueryContext<T>>
{
    private readonly Func<IQueryable<T>, IQueryable<T>>? _order;

    private QueryContext(Expression<Func<T, bool>>? predicate, Func<IQueryable<T>, IQueryable<T>>? order, string whereKey, string orderKey)
    {
        Predicate = predicate;
        _order = order;
        WhereKey = whereKey;
        OrderKey = orderKey;
    }

    /// <summary>No filter and no order.</summary>
    public static QueryContext<T> Empty { get; } = new(null, null, "", "");

    /// <summary>The filter; null when <c>where</c> sets no condition.</summary>
    public Expression<Func<T, bool>>? Predicate { get; }

    /// <summary>Whether <c>order</c> gives at least one key.</summary>
    public bool IsSorted => _order is not null;

    private string WhereKey { get; }

    private string OrderKey { get; }

    /// <summary>
    /// <paramref name="query"/> filtered by <see cref="Predicate"/> and ordered by <c>order</c>, or by
    /// <paramref name="defaultOrder"/> when <c>order</c> gives no key. The result is a plain <c>Where</c> and
    /// <c>OrderBy</c>/<c>ThenBy</c> chain, as <see cref="KeysetPaging{T}"/> reads it.
    /// </summary>
    public IQueryable<T> Apply(IQueryable<T> query, Func<IQueryable<T>, IQueryable<T>> defaultOrder)
    {
        var filtered = Predicate is null ? query : query.Where(Predicate);
        return (_order ?? defaultOrder)(filtered);
    }

    internal QueryContext<T> WithPredicate(Expression<Func<T, bool>>? predicate, string whereKey) =>
        predicate is null && Predicate is null ? this : new(predicate, _order, whereKey, OrderKey);

    internal QueryContext<T> WithOrder(Func<IQueryable<T>, IQueryable<T>>? order, string orderKey) =>
        order is null && _order is null ? this : new(Predicate, order, WhereKey, orderKey);

    /// <summary>The context in the field's local state, or <see cref="Empty"/>.</summary>
    internal static QueryContext<T> Of(Execution.IResolverContext context) =>
        context.LocalContextData.TryGetValue(LocalStateKey, out var value) && value is QueryContext<T> query ? query : Empty;

    /// <summary>Stores <paramref name="query"/> as the field's local state, where the resolver's parameter finds it.</summary>
    internal static void Store(Execution.IResolverContext context, QueryContext<T> query) => context.LocalContextData[LocalStateKey] = query;

    private static readonly string LocalStateKey = LocalStateAttribute.KeyOf(typeof(QueryContext<T>));

    public bool Equals(QueryContext<T>? other) =>
        other is not null && WhereKey == other.WhereKey && OrderKey == other.OrderKey;

    public override bool Equals(object? obj) => Equals(obj as QueryContext<T>);

    public override int GetHashCode() => HashCode.Combine(WhereKey, OrderKey);
}
