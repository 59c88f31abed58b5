namespace GraphQL.Types;

/// <summary>
/// A resolver parameter that receives a value a field middleware put into
/// <see cref="Execution.IResolverContext.LocalContextData"/> before calling the resolver. On a parameter the key is
/// the given one, else the parameter's name; on a class or struct, every parameter of that type receives the entry
/// keyed by the type's full name (how <c>PagingArguments</c> reaches the resolvers of <c>[UsePaging]</c> fields).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class LocalStateAttribute(string? key = null) : Attribute
{
    /// <summary>The key of the entry; null for the default (the parameter's name, or the type's full name).</summary>
    public string? Key { get; } = key;

    /// <summary>
    /// On a type: the middleware attribute that provides its entry, e.g. <c>[UsePaging]</c>. When set, a parameter of
    /// the type on a field whose middleware does not declare it with <see cref="FieldMiddlewareContext.ProvideLocalState"/>
    /// is a build error that says to add this; <c>{0}</c>, <c>{1}</c>… stand for the type's type arguments. When null
    /// (the default), a missing entry is found only at run time.
    /// </summary>
    public string? ProvidedBy { get; init; }

    /// <summary>The key under which parameters of <paramref name="type"/> marked on the type find their value.</summary>
    public static string KeyOf(Type type) => type.FullName ?? type.Name;
}
