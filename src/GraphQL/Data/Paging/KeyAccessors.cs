using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Data;

/// <summary>
/// Compiled readers of sort keys from materialized elements, one per element type and member path, made once and
/// cached; and whether a member can hold null, from its type and nullable annotations.
/// </summary>
internal static class KeyAccessors
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>> Accessors = new();
    private static readonly ConcurrentDictionary<MemberInfo, bool> Nullability = new();
    private static readonly Lock NullabilityLock = new();
    private static readonly NullabilityInfoContext NullabilityContext = new();

    public static Func<object, object?> For(Type elementType, IReadOnlyList<PropertyOrField> path) =>
        Accessors.GetOrAdd((elementType, string.Join('.', path.Select(p => p.Name))), _ => Compile(elementType, path));

    /// <summary>Value types only when <see cref="Nullable{T}"/>; references unless annotated as not null.</summary>
    public static bool CanBeNull(MemberInfo member) => Nullability.GetOrAdd(member, static m =>
    {
        var type = new PropertyOrField(m).Type;
        if (type.IsValueType)
        {
            return Nullable.GetUnderlyingType(type) is not null;
        }
        lock (NullabilityLock)
        {
            var info = m is PropertyInfo property ? NullabilityContext.Create(property) : NullabilityContext.Create((FieldInfo)m);
            return info.ReadState != NullabilityState.NotNull;
        }
    });

    /// <summary><c>element =&gt; element?.A?.B</c>, boxed.</summary>
    private static Func<object, object?> Compile(Type elementType, IReadOnlyList<PropertyOrField> path)
    {
        var parameter = Expression.Parameter(typeof(object), "element");
        Expression current = Expression.Convert(parameter, elementType);
        // The element itself is never null; each navigation after it may be.
        var nullChecks = new List<Expression>();
        for (var i = 0; i < path.Count; i++)
        {
            if (i > 0 && !current.Type.IsValueType)
            {
                nullChecks.Add(Expression.Equal(current, Expression.Constant(null, current.Type)));
            }
            current = Expression.MakeMemberAccess(current, path[i].Member);
        }
        Expression body = Expression.Convert(current, typeof(object));
        for (var i = nullChecks.Count - 1; i >= 0; i--)
        {
            body = Expression.Condition(nullChecks[i], Expression.Constant(null, typeof(object)), body);
        }
        return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }
}
