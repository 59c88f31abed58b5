namespace GraphQL.Types;

/// <summary>How messages name the kinds of types.</summary>
internal static class TypeKindNames
{
    /// <summary>"object type", "input object type"…</summary>
    public static string Name(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "scalar type",
        TypeKind.Object => "object type",
        TypeKind.Interface => "interface type",
        TypeKind.Union => "union type",
        TypeKind.Enum => "enum type",
        TypeKind.InputObject => "input object type",
        TypeKind.List => "list type",
        _ => "non-null type",
    };

    /// <summary>"an object type", "a union type"…</summary>
    public static string WithArticle(TypeKind kind) =>
        (kind is TypeKind.Object or TypeKind.Interface or TypeKind.Enum or TypeKind.InputObject ? "an " : "a ") + Name(kind);
}
