namespace GraphQL.Language;

/// <summary>Type system definitions and extensions.</summary>
internal sealed partial class SyntaxPrinter
{
    private void WriteTypeSystemNode(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                WriteDescription(schema.Description);
                WriteSchema("schema", schema.Directives, schema.OperationTypes);
                break;
            case SchemaExtensionNode schema:
                WriteSchema("extend schema", schema.Directives, schema.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                WriteOperationType(operationType);
                break;
            case ScalarTypeDefinitionNode scalar:
                WriteDescription(scalar.Description);
                WriteHeader("scalar", scalar.Name, scalar.Directives);
                break;
            case ScalarTypeExtensionNode scalar:
                WriteHeader("extend scalar", scalar.Name, scalar.Directives);
                break;
            case ObjectTypeDefinitionNode type:
                WriteDescription(type.Description);
                WriteComplexType("type", type);
                break;
            case ObjectTypeExtensionNode type:
                WriteComplexType("extend type", type);
                break;
            case InterfaceTypeDefinitionNode type:
                WriteDescription(type.Description);
                WriteComplexType("interface", type);
                break;
            case InterfaceTypeExtensionNode type:
                WriteComplexType("extend interface", type);
                break;
            case FieldDefinitionNode field:
                WriteFieldDefinition(field);
                break;
            case InputValueDefinitionNode inputValue:
                WriteInputValueDefinition(inputValue);
                break;
            case UnionTypeDefinitionNode union:
                WriteDescription(union.Description);
                WriteUnion("union", union.Name, union.Directives, union.Types);
                break;
            case UnionTypeExtensionNode union:
                WriteUnion("extend union", union.Name, union.Directives, union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                WriteDescription(enumType.Description);
                WriteHeader("enum", enumType.Name, enumType.Directives);
                WriteOptionalBlock(enumType.Values);
                break;
            case EnumTypeExtensionNode enumType:
                WriteHeader("extend enum", enumType.Name, enumType.Directives);
                WriteOptionalBlock(enumType.Values);
                break;
            case EnumValueDefinitionNode value:
                WriteDescription(value.Description);
                _builder.Append(value.Name.Value);
                WriteDirectives(value.Directives);
                break;
            case InputObjectTypeDefinitionNode input:
                WriteDescription(input.Description);
                WriteHeader("input", input.Name, input.Directives);
                WriteOptionalBlock(input.Fields);
                break;
            case InputObjectTypeExtensionNode input:
                WriteHeader("extend input", input.Name, input.Directives);
                WriteOptionalBlock(input.Fields);
                break;
            case DirectiveDefinitionNode directive:
                WriteDirectiveDefinition(directive);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "No printer for this kind of node.");
        }
    }

    /// <summary>A description on the line before what it describes; a block string when it has several lines.</summary>
    private void WriteDescription(StringValueNode? description)
    {
        if (description is null)
        {
            return;
        }
        WriteString(description, preferBlock: description.Block || description.Value.Contains('\n'));
        NewLine();
    }

    private void WriteSchema(string keyword, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        _builder.Append(keyword);
        WriteDirectives(directives);
        WriteOptionalBlock(operationTypes);
    }

    private void WriteOperationType(OperationTypeDefinitionNode operationType)
    {
        _builder.Append(operationType.Operation switch
        {
            OperationType.Mutation => "mutation: ",
            OperationType.Subscription => "subscription: ",
            _ => "query: ",
        });
        _builder.Append(operationType.Type.Name.Value);
    }

    /// <summary><c>keyword Name @directives</c>.</summary>
    private void WriteHeader(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives)
    {
        _builder.Append(keyword).Append(' ').Append(name.Value);
        WriteDirectives(directives);
    }

    /// <summary>A space and a block of items, or nothing when there are none.</summary>
    private void WriteOptionalBlock<T>(IReadOnlyList<T> items)
    {
        if (items.Count > 0)
        {
            _builder.Append(' ');
            WriteBlock(items);
        }
    }

    private void WriteComplexType(string keyword, IComplexTypeNode type)
    {
        _builder.Append(keyword).Append(' ').Append(type.Name.Value);
        for (var i = 0; i < type.Interfaces.Count; i++)
        {
            _builder.Append(i == 0 ? " implements " : " & ").Append(type.Interfaces[i].Name.Value);
        }
        WriteDirectives(type.Directives);
        WriteOptionalBlock(type.Fields);
    }

    private void WriteFieldDefinition(FieldDefinitionNode field)
    {
        WriteDescription(field.Description);
        _builder.Append(field.Name.Value);
        WriteParenthesized(field.Arguments, onePerLine: field.Arguments.Any(static a => a.Description is not null));
        _builder.Append(": ");
        WriteType(field.Type);
        WriteDirectives(field.Directives);
    }

    private void WriteInputValueDefinition(InputValueDefinitionNode inputValue)
    {
        WriteDescription(inputValue.Description);
        _builder.Append(inputValue.Name.Value).Append(": ");
        WriteType(inputValue.Type);
        if (inputValue.DefaultValue is not null)
        {
            _builder.Append(" = ");
            WriteValue(inputValue.DefaultValue);
        }
        WriteDirectives(inputValue.Directives);
    }

    private void WriteUnion(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
    {
        WriteHeader(keyword, name, directives);
        for (var i = 0; i < types.Count; i++)
        {
            _builder.Append(i == 0 ? " = " : " | ").Append(types[i].Name.Value);
        }
    }

    private void WriteDirectiveDefinition(DirectiveDefinitionNode directive)
    {
        WriteDescription(directive.Description);
        _builder.Append("directive @").Append(directive.Name.Value);
        WriteParenthesized(directive.Arguments, onePerLine: directive.Arguments.Any(static a => a.Description is not null));
        if (directive.IsRepeatable)
        {
            _builder.Append(" repeatable");
        }
        for (var i = 0; i < directive.Locations.Count; i++)
        {
            _builder.Append(i == 0 ? " on " : " | ").Append(directive.Locations[i].Value);
        }
    }
}
