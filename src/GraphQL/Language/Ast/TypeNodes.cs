namespace GraphQL.Language;

/// <summary>A type reference: named, list or non-null.</summary>
public interface ITypeNode
{
    SyntaxKind Kind { get; }
    Location? Location { get; }
}

public sealed class NamedTypeNode(NameNode name, Location? location = null) : SyntaxNode(location), ITypeNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;
    public NameNode Name { get; } = name;
    public override IEnumerable<SyntaxNode> GetChildren() => [Name];
}

public sealed class ListTypeNode(ITypeNode type, Location? location = null) : SyntaxNode(location), ITypeNode
{
    public override SyntaxKind Kind => SyntaxKind.ListType;
    public ITypeNode Type { get; } = type;
    public override IEnumerable<SyntaxNode> GetChildren() => [(SyntaxNode)Type];
}

/// <summary>A non-null type; <see cref="Type"/> is a named or list type, never another non-null.</summary>
public sealed class NonNullTypeNode(ITypeNode type, Location? location = null) : SyntaxNode(location), ITypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;
    public ITypeNode Type { get; } = type;
    public override IEnumerable<SyntaxNode> GetChildren() => [(SyntaxNode)Type];
}

public static class TypeNodeExtensions
{
    /// <summary>The name at the core of a wrapped type reference.</summary>
    public static NamedTypeNode NamedType(this ITypeNode type) => type switch
    {
        NamedTypeNode named => named,
        ListTypeNode list => list.Type.NamedType(),
        NonNullTypeNode nonNull => nonNull.Type.NamedType(),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
