using GraphQL.Types;

namespace GraphQL.Introspection;

/// <summary>The list shapes the introspection types use for their fields.</summary>
internal static class TypeRefs
{
    /// <summary><c>[T!]!</c>: a list that is always there.</summary>
    public static NonNullType NonNullListOf(IType type) => new(ListOf(type));

    /// <summary><c>[T!]</c>: a list that is null where it does not apply (e.g. <c>fields</c> of a scalar).</summary>
    public static ListType ListOf(IType type) => new(new NonNullType(type));
}
