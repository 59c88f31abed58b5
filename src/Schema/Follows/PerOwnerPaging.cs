using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Data;

namespace GraphApi.Schema.Follows;

/// <summary>
/// Keyset paging of many owners' lists in one statement: the query <see cref="KeysetPaging{T}"/> makes for one owner,
/// run for each owner as a correlated subquery (<c>CROSS JOIN LATERAL</c> in PostgreSQL). EF Core does not translate
/// <see cref="KeysetPaging{T}.PerGroup"/>'s <c>GroupBy(...).SelectMany(...)</c>, which is why this exists.
/// </summary>
internal static class PerOwnerPaging
{
    private static readonly PropertyInfo OwnerProperty = typeof(OwnerPlaceholder).GetProperty(nameof(OwnerPlaceholder.OwnerId))!;

    /// <summary>
    /// The paging of one owner's rows (its cursors and <see cref="KeysetPaging{T}.ToPage"/> serve every owner), and the
    /// query of every owner's page rows: for each id of <paramref name="owners"/>, <paramref name="rowsOf"/> of that
    /// owner, paged by <paramref name="arguments"/>.
    /// </summary>
    public static (KeysetPaging<T> Paging, IQueryable<T> Rows) Create<T>(
        IQueryable<Guid> owners, Func<OwnerPlaceholder, IQueryable<T>> rowsOf, PagingArguments arguments)
    {
        var placeholder = new OwnerPlaceholder();
        var paging = KeysetPaging<T>.Create(rowsOf(placeholder), arguments);
        var ownerId = Expression.Parameter(typeof(Guid), "ownerId");
        var perOwner = new PlaceholderReplacer(placeholder, ownerId).Visit(paging.Query.Expression);
        var rows = owners.SelectMany(Expression.Lambda<Func<Guid, IEnumerable<T>>>(perOwner, ownerId));
        return (paging, rows);
    }

    /// <summary>Stands for the owner in the one-owner query; replaced by the outer query's owner id.</summary>
    public sealed class OwnerPlaceholder
    {
        /// <summary>Never read: only its place in the expression matters.</summary>
        public Guid OwnerId { get; }
    }

    private sealed class PlaceholderReplacer(OwnerPlaceholder placeholder, ParameterExpression ownerId) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Member == OwnerProperty && Evaluates(node.Expression, placeholder) ? ownerId : base.VisitMember(node);

        private static bool Evaluates(Expression? expression, OwnerPlaceholder placeholder) => expression switch
        {
            ConstantExpression constant => ReferenceEquals(constant.Value, placeholder),
            MemberExpression { Expression: ConstantExpression closure, Member: FieldInfo field } =>
                ReferenceEquals(field.GetValue(closure.Value), placeholder),
            _ => false,
        };
    }
}
