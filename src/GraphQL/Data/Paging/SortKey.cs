using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Data;

/// <summary>
/// One key of a keyset order: a member path of the element (<c>p =&gt; p.Author.Name</c>), its direction, and whether
/// it can be null (nulls sort last ascending and first descending, as in PostgreSQL, for every provider).
/// </summary>
internal sealed class SortKey
{
    private readonly IReadOnlyList<PropertyOrField> _path;

    private SortKey(LambdaExpression selector, IReadOnlyList<PropertyOrField> path, bool descending, bool isNullable)
    {
        _path = path;
        Selector = selector;
        Path = string.Join('.', path.Select(p => p.Name));
        Descending = descending;
        IsNullable = isNullable;
        Accessor = KeyAccessors.For(selector.Parameters[0].Type, path);
    }

    public LambdaExpression Selector { get; }

    /// <summary>The member path, e.g. <c>Author.Name</c>.</summary>
    public string Path { get; }

    public bool Descending { get; }

    public bool IsNullable { get; }

    /// <summary>The key's CLR type as the selector returns it.</summary>
    public Type Type => Selector.Body.Type;

    /// <summary>Reads the key from an element (null when a navigation on the way is null); compiled once per path.</summary>
    public Func<object, object?> Accessor { get; }

    /// <summary>A key of the member path <paramref name="selector"/> selects.</summary>
    /// <exception cref="InvalidOperationException">The selector is not a member path of its parameter.</exception>
    public static SortKey Of(LambdaExpression selector, bool descending)
    {
        var path = new List<PropertyOrField>();
        var isNullable = false;
        var node = StripConvert(selector.Body);
        while (node is MemberExpression member)
        {
            path.Insert(0, new PropertyOrField(member.Member));
            isNullable |= KeyAccessors.CanBeNull(member.Member);
            node = StripConvert(member.Expression!);
        }
        if (node != selector.Parameters[0] || path.Count == 0)
        {
            throw new InvalidOperationException(
                $"Keyset paging orders by member paths of the element (p => p.CreatedAt, p => p.Author.Name); it cannot order by '{selector}'.");
        }
        return new SortKey(selector, path, descending, isNullable || Nullable.GetUnderlyingType(selector.Body.Type) is not null);
    }

    /// <summary>The key of the element's id member, ascending.</summary>
    public static SortKey OfMember(Type elementType, MemberInfo member)
    {
        var parameter = Expression.Parameter(elementType, "x");
        return Of(Expression.Lambda(Expression.MakeMemberAccess(parameter, member), parameter), descending: false);
    }

    /// <summary>The same key in the other direction.</summary>
    public SortKey Reversed() => new(Selector, _path, !Descending, IsNullable);

    private static Expression StripConvert(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert
            ? StripConvert(convert.Operand)
            : expression;
}

/// <summary>A property or field on a key's member path.</summary>
internal readonly record struct PropertyOrField(MemberInfo Member)
{
    public string Name => Member.Name;

    public Type Type => Member is PropertyInfo property ? property.PropertyType : ((FieldInfo)Member).FieldType;
}
