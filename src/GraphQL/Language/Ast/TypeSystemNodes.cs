namespace GraphQL.Language;

/// <summary>A type system definition or extension.</summary>
public interface ITypeSystemDefinitionNode : IDefinitionNode, IHasDirectives;

/// <summary>A definition or extension of a named type.</summary>
public interface ITypeDefinitionNode : ITypeSystemDefinitionNode, INamedSyntaxNode;

/// <summary>An extension (<c>extend ...</c>) of a schema or a named type.</summary>
public interface ITypeSystemExtensionNode : ITypeSystemDefinitionNode;

/// <summary>Object and interface definitions and extensions: they have interfaces and fields.</summary>
public interface IComplexTypeNode : ITypeDefinitionNode
{
    IReadOnlyList<NamedTypeNode> Interfaces { get; }
    IReadOnlyList<FieldDefinitionNode> Fields { get; }
}

public sealed class SchemaDefinitionNode(
    StringValueNode? description,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
    Location? location = null) : SyntaxNode(location), ITypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
    public StringValueNode? Description { get; } = description;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Description, Directives, OperationTypes);
}

public sealed class SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
    Location? location = null) : SyntaxNode(location), ITypeSystemExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Directives, OperationTypes);
}

public sealed class OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type, Location? location = null) : SyntaxNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
    public OperationType Operation { get; } = operation;
    public NamedTypeNode Type { get; } = type;
    public override IEnumerable<SyntaxNode> GetChildren() => [Type];
}

public sealed class ScalarTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location? location = null) : SyntaxNode(location), ITypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Description, Name, Directives);
}

public sealed class ScalarTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, Location? location = null)
    : SyntaxNode(location), ITypeDefinitionNode, ITypeSystemExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Name, Directives);
}

public sealed class ObjectTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location? location = null) : SyntaxNode(location), IComplexTypeNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Description, Name, Interfaces, Directives, Fields);
}

public sealed class ObjectTypeExtensionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location? location = null) : SyntaxNode(location), IComplexTypeNode, ITypeSystemExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;
    public NameNode Name { get; } = name;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Name, Interfaces, Directives, Fields);
}

public sealed class InterfaceTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location? location = null) : SyntaxNode(location), IComplexTypeNode
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Description, Name, Interfaces, Directives, Fields);
}

public sealed class InterfaceTypeExtensionNode(
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields,
    Location? location = null) : SyntaxNode(location), IComplexTypeNode, ITypeSystemExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;
    public NameNode Name { get; } = name;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Name, Interfaces, Directives, Fields);
}

public sealed class FieldDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    ITypeNode type,
    IReadOnlyList<DirectiveNode> directives,
    Location? location = null) : SyntaxNode(location), INamedSyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;
    public ITypeNode Type { get; } = type;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Description, Name, Arguments, Type, Directives);
}

/// <summary>An argument definition or an input object field definition.</summary>
public sealed class InputValueDefinitionNode(
    StringValueNode? description,
    NameNode name,
    ITypeNode type,
    IValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives,
    Location? location = null) : SyntaxNode(location), INamedSyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public ITypeNode Type { get; } = type;
    public IValueNode? DefaultValue { get; } = defaultValue;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Description, Name, Type, DefaultValue, Directives);
}

public sealed class UnionTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types,
    Location? location = null) : SyntaxNode(location), ITypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Description, Name, Directives, Types);
}

public sealed class UnionTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types,
    Location? location = null) : SyntaxNode(location), ITypeDefinitionNode, ITypeSystemExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Name, Directives, Types);
}

public sealed class EnumTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values,
    Location? location = null) : SyntaxNode(location), ITypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Description, Name, Directives, Values);
}

public sealed class EnumTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values,
    Location? location = null) : SyntaxNode(location), ITypeDefinitionNode, ITypeSystemExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Name, Directives, Values);
}

public sealed class EnumValueDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    Location? location = null) : SyntaxNode(location), INamedSyntaxNode, IHasDirectives
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Description, Name, Directives);
}

public sealed class InputObjectTypeDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields,
    Location? location = null) : SyntaxNode(location), ITypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Description, Name, Directives, Fields);
}

public sealed class InputObjectTypeExtensionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields,
    Location? location = null) : SyntaxNode(location), ITypeDefinitionNode, ITypeSystemExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Name, Directives, Fields);
}

public sealed class DirectiveDefinitionNode(
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    bool isRepeatable,
    IReadOnlyList<NameNode> locations,
    Location? location = null) : SyntaxNode(location), ITypeSystemDefinitionNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;
    public bool IsRepeatable { get; } = isRepeatable;
    public IReadOnlyList<NameNode> Locations { get; } = locations;

    /// <summary>Directive definitions carry no directives of their own.</summary>
    public IReadOnlyList<DirectiveNode> Directives => [];

    public override IEnumerable<SyntaxNode> GetChildren() => Children.Of(Description, Name, Arguments, Locations);
}
