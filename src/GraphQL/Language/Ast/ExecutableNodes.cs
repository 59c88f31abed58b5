namespace GraphQL.Language;

public sealed class DocumentNode(IReadOnlyList<IDefinitionNode> definitions, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.Document;
    public IReadOnlyList<IDefinitionNode> Definitions { get; } = definitions;
    public override IEnumerable<SyntaxNode> GetChildren() => Definitions.Cast<SyntaxNode>();
}

/// <summary>Any top-level definition of a document.</summary>
public interface IDefinitionNode
{
    SyntaxKind Kind { get; }
    Location? Location { get; }
}

/// <summary>An operation or a fragment definition.</summary>
public interface IExecutableDefinitionNode : IDefinitionNode, IHasDirectives
{
    SelectionSetNode SelectionSet { get; }
}

public sealed class OperationDefinitionNode(
    OperationType operation,
    NameNode? name,
    IReadOnlyList<VariableDefinitionNode> variableDefinitions,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location? location = null) : SyntaxNode(location), IExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
    public OperationType Operation { get; } = operation;
    public NameNode? Name { get; } = name;
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode SelectionSet { get; } = selectionSet;

    /// <summary>The description written before the definition (executable descriptions, September 2025); null if none.</summary>
    public StringValueNode? Description { get; init; }

    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Description, Name, VariableDefinitions, Directives, SelectionSet);
}

public sealed class VariableDefinitionNode(
    VariableNode variable,
    ITypeNode type,
    IValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives,
    Location? location = null) : SyntaxNode(location), IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
    public VariableNode Variable { get; } = variable;
    public ITypeNode Type { get; } = type;
    public IValueNode? DefaultValue { get; } = defaultValue;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

    /// <summary>The description written before the variable (executable descriptions, September 2025); null if none.</summary>
    public StringValueNode? Description { get; init; }

    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Description, Variable, Type, DefaultValue, Directives);
}

public sealed class SelectionSetNode(IReadOnlyList<ISelectionNode> selections, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
    public IReadOnlyList<ISelectionNode> Selections { get; } = selections;
    public override IEnumerable<SyntaxNode> GetChildren() => Selections.Cast<SyntaxNode>();
}

/// <summary>A field, fragment spread or inline fragment.</summary>
public interface ISelectionNode : IHasDirectives
{
    SyntaxKind Kind { get; }
    Location? Location { get; }
}

public sealed class FieldNode(
    NameNode? alias,
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode? selectionSet,
    Location? location = null) : SyntaxNode(location), ISelectionNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Field;
    public NameNode? Alias { get; } = alias;
    public NameNode Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode? SelectionSet { get; } = selectionSet;

    /// <summary>The key of this field in the response: the alias if any, else the name.</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;

    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Alias, Name, Arguments, Directives, SelectionSet);
}

public sealed class ArgumentNode(NameNode name, IValueNode value, Location? location = null) : SyntaxNode(location), INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Argument;
    public NameNode Name { get; } = name;
    public IValueNode Value { get; } = value;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Name, Value);
}

public sealed class FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null)
    : SyntaxNode(location), ISelectionNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Name, Directives);
}

public sealed class InlineFragmentNode(
    NamedTypeNode? typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location? location = null) : SyntaxNode(location), ISelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
    public NamedTypeNode? TypeCondition { get; } = typeCondition;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode SelectionSet { get; } = selectionSet;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(TypeCondition, Directives, SelectionSet);
}

public sealed class FragmentDefinitionNode(
    NameNode name,
    NamedTypeNode typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet,
    Location? location = null) : SyntaxNode(location), IExecutableDefinitionNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
    public NameNode Name { get; } = name;
    public NamedTypeNode TypeCondition { get; } = typeCondition;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode SelectionSet { get; } = selectionSet;

    /// <summary>The description written before the definition (executable descriptions, September 2025); null if none.</summary>
    public StringValueNode? Description { get; init; }

    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Description, Name, TypeCondition, Directives, SelectionSet);
}

public sealed class DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments, Location? location = null)
    : SyntaxNode(location), INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Directive;
    public NameNode Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Name, Arguments);
}
