using GraphQL.Types;

namespace GraphQL.Introspection;

/// <summary><c>__TypeKind</c>: its runtime values are the members of <see cref="TypeKind"/>.</summary>
internal static class TypeKindIntrospection
{
    private static readonly Dictionary<TypeKind, string> Descriptions = new()
    {
        [TypeKind.Scalar] = "A scalar: a leaf value such as a string or a number.",
        [TypeKind.Object] = "An object type; `fields` and `interfaces` describe it.",
        [TypeKind.Interface] = "An interface; `fields`, `interfaces` and `possibleTypes` describe it.",
        [TypeKind.Union] = "A union; `possibleTypes` lists its members.",
        [TypeKind.Enum] = "An enum; `enumValues` lists its values.",
        [TypeKind.InputObject] = "An input object; `inputFields` lists its fields.",
        [TypeKind.List] = "A list; `ofType` is the type of its items.",
        [TypeKind.NonNull] = "A non-null type; `ofType` is the type it makes non-null.",
    };

    public static EnumType Create() => IntrospectionResolvers.EnumOf<TypeKind>(
        "__TypeKind",
        "The kinds of types a `__Type` can be.",
        kind => NameConventions.ToEnumValueName(kind.ToString()),
        kind => Descriptions[kind]);
}
