namespace GraphQL.Language;

/// <summary>
/// Base of every node of the syntax tree. Nodes are immutable; <see cref="Location"/> is null for
/// nodes built in code rather than parsed.
/// </summary>
public abstract class SyntaxNode(Location? location)
{
    public abstract SyntaxKind Kind { get; }

    public Location? Location { get; } = location;

    /// <summary>The node's direct children, in source order.</summary>
    public abstract IEnumerable<SyntaxNode> GetChildren();

    public override string ToString() => Printer.Print(this);
}

public sealed class NameNode(string value, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Name;
    public string Value { get; } = value;
    public override IEnumerable<SyntaxNode> GetChildren() => [];
}

/// <summary>A node that may carry directives.</summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>A node with a name.</summary>
public interface INamedSyntaxNode
{
    NameNode Name { get; }
}

internal static class Children
{
    public static IEnumerable<SyntaxNode> Of(params object?[] parts)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case SyntaxNode node:
                    yield return node;
                    break;
                case IEnumerable<SyntaxNode> nodes:
                    foreach (var node in nodes)
                    {
                        yield return node;
                    }
                    break;
            }
        }
    }
}
