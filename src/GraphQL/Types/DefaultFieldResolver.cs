using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Execution;

namespace GraphQL.Types;

/// <summary>
/// Resolves a field from its parent: a dictionary entry with the field's name, or a public property or
/// field whose name matches ignoring case. Accessors are compiled once per (CLR type, field name).
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Accessors = new();

    public static ValueTask<object?> Resolve(IResolverContext context)
    {
        var parent = context.ParentValue;
        var name = context.Field.Name;
        return parent switch
        {
            null => new ValueTask<object?>((object?)null),
            IReadOnlyDictionary<string, object?> map => new ValueTask<object?>(map.GetValueOrDefault(name)),
            IDictionary<string, object?> map => new ValueTask<object?>(map.TryGetValue(name, out var v) ? v : null),
            _ => new ValueTask<object?>(ReadMember(parent, name)),
        };
    }

    /// <summary>The public property or field of <paramref name="source"/> named <paramref name="name"/> (ignoring case); null when there is none.</summary>
    internal static object? ReadMember(object source, string name) =>
        Accessors.GetOrAdd((source.GetType(), name), CompileAccessor)?.Invoke(source);

    private static Func<object, object?>? CompileAccessor((Type Type, string Name) key)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        MemberInfo? member = key.Type.GetProperty(key.Name, flags) is { GetMethod: not null } property
            ? property
            : key.Type.GetField(key.Name, flags);
        if (member is null)
        {
            return null;
        }
        var instance = Expression.Parameter(typeof(object), "instance");
        var access = Expression.MakeMemberAccess(Expression.Convert(instance, key.Type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), instance).Compile();
    }
}
