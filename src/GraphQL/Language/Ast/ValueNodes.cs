namespace GraphQL.Language;

/// <summary>A literal value or a variable reference.</summary>
public interface IValueNode
{
    SyntaxKind Kind { get; }
    Location? Location { get; }
}

public sealed class VariableNode(NameNode name, Location? location = null) : SyntaxNode(location), IValueNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Variable;
    public NameNode Name { get; } = name;
    public override IEnumerable<SyntaxNode> GetChildren() => [Name];
}

/// <summary>An integer literal, kept as its source text so no precision is lost before coercion.</summary>
public sealed class IntValueNode(string value, Location? location = null) : SyntaxNode(location), IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;
    public string Value { get; } = value;
    public override IEnumerable<SyntaxNode> GetChildren() => [];
}

/// <summary>A float literal, kept as its source text.</summary>
public sealed class FloatValueNode(string value, Location? location = null) : SyntaxNode(location), IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
    public string Value { get; } = value;
    public override IEnumerable<SyntaxNode> GetChildren() => [];
}

/// <summary>A string literal; <see cref="Value"/> is the cooked value (escapes resolved, block indentation removed).</summary>
public sealed class StringValueNode(string value, bool block = false, Location? location = null) : SyntaxNode(location), IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;
    public string Value { get; } = value;
    public bool Block { get; } = block;
    public override IEnumerable<SyntaxNode> GetChildren() => [];
}

public sealed class BooleanValueNode(bool value, Location? location = null) : SyntaxNode(location), IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
    public bool Value { get; } = value;
    public override IEnumerable<SyntaxNode> GetChildren() => [];
}

public sealed class NullValueNode(Location? location = null) : SyntaxNode(location), IValueNode
{
    public static readonly NullValueNode Default = new();
    public override SyntaxKind Kind => SyntaxKind.NullValue;
    public override IEnumerable<SyntaxNode> GetChildren() => [];
}

public sealed class EnumValueNode(string value, Location? location = null) : SyntaxNode(location), IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
    public string Value { get; } = value;
    public override IEnumerable<SyntaxNode> GetChildren() => [];
}

public sealed class ListValueNode(IReadOnlyList<IValueNode> values, Location? location = null) : SyntaxNode(location), IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;
    public IReadOnlyList<IValueNode> Values { get; } = values;
    public override IEnumerable<SyntaxNode> GetChildren() => Values.Cast<SyntaxNode>();
}

public sealed class ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, Location? location = null) : SyntaxNode(location), IValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;
    public override IEnumerable<SyntaxNode> GetChildren() => Fields;
}

public sealed class ObjectFieldNode(NameNode name, IValueNode value, Location? location = null) : SyntaxNode(location), INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
    public NameNode Name { get; } = name;
    public IValueNode Value { get; } = value;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Name, Value);
}
