using GraphQL.Types;

namespace GraphQL.Language;

/// <summary>Type system definitions and extensions (spec section 3).</summary>
internal sealed partial class SyntaxParser
{
    /// <summary>A type system definition whose description, if any, has been read; the current token is its keyword.</summary>
    private ITypeSystemDefinitionNode ParseTypeSystemDefinition(Location start, StringValueNode? description) =>
        _lexer.Value switch
        {
            "schema" => ParseSchemaDefinition(start, description),
            "scalar" => ParseScalarTypeDefinition(start, description),
            "type" => ParseObjectTypeDefinition(start, description),
            "interface" => ParseInterfaceTypeDefinition(start, description),
            "union" => ParseUnionTypeDefinition(start, description),
            "enum" => ParseEnumTypeDefinition(start, description),
            "input" => ParseInputObjectTypeDefinition(start, description),
            "directive" => ParseDirectiveDefinition(start, description),
            _ => throw Unexpected(),
        };

    private SchemaDefinitionNode ParseSchemaDefinition(Location start, StringValueNode? description)
    {
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = ParseMany(TokenKind.BraceLeft, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceRight);
        return new SchemaDefinitionNode(description, directives, operationTypes, LocationFrom(start));
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Begin();
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        return new OperationTypeDefinitionNode(operation, ParseNamedType(), LocationFrom(start));
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition(Location start, StringValueNode? description)
    {
        ExpectKeyword("scalar");
        var name = ParseName();
        return new ScalarTypeDefinitionNode(description, name, ParseDirectives(isConst: true), LocationFrom(start));
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition(Location start, StringValueNode? description)
    {
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, LocationFrom(start));
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition(Location start, StringValueNode? description)
    {
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, LocationFrom(start));
    }

    /// <summary><c>implements &amp;? A &amp; B</c>, or nothing.</summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!SkipKeyword("implements"))
        {
            return [];
        }
        Skip(TokenKind.Ampersand);
        var interfaces = new List<NamedTypeNode>();
        do
        {
            interfaces.Add(ParseNamedType());
        }
        while (Skip(TokenKind.Ampersand));
        return interfaces;
    }

    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition() =>
        ParseOptionalMany(TokenKind.BraceLeft, static p => p.ParseFieldDefinition(), TokenKind.BraceRight);

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Begin();
        var description = PeekDescription() ? ParseStringValue() : null;
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives, LocationFrom(start));
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentsDefinition() =>
        ParseOptionalMany(TokenKind.ParenthesisLeft, static p => p.ParseInputValueDefinition(), TokenKind.ParenthesisRight);

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Begin();
        var description = PeekDescription() ? ParseStringValue() : null;
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives, LocationFrom(start));
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition(Location start, StringValueNode? description)
    {
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types, LocationFrom(start));
    }

    /// <summary><c>= |? A | B</c>, or nothing.</summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes()
    {
        if (!Skip(TokenKind.Equals))
        {
            return [];
        }
        Skip(TokenKind.Pipe);
        var types = new List<NamedTypeNode>();
        do
        {
            types.Add(ParseNamedType());
        }
        while (Skip(TokenKind.Pipe));
        return types;
    }

    private EnumTypeDefinitionNode ParseEnumTypeDefinition(Location start, StringValueNode? description)
    {
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values, LocationFrom(start));
    }

    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition() =>
        ParseOptionalMany(TokenKind.BraceLeft, static p => p.ParseEnumValueDefinition(), TokenKind.BraceRight);

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Begin();
        var description = PeekDescription() ? ParseStringValue() : null;
        if (PeekKeyword("true") || PeekKeyword("false") || PeekKeyword("null"))
        {
            throw Error($"Unexpected Name \"{_lexer.Value}\": it is reserved and cannot be an enum value.");
        }
        var name = ParseName();
        return new EnumValueDefinitionNode(description, name, ParseDirectives(isConst: true), LocationFrom(start));
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition(Location start, StringValueNode? description)
    {
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields, LocationFrom(start));
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        ParseOptionalMany(TokenKind.BraceLeft, static p => p.ParseInputValueDefinition(), TokenKind.BraceRight);

    private DirectiveDefinitionNode ParseDirectiveDefinition(Location start, StringValueNode? description)
    {
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        var isRepeatable = SkipKeyword("repeatable");
        ExpectKeyword("on");
        Skip(TokenKind.Pipe);
        var locations = new List<NameNode>();
        do
        {
            locations.Add(ParseDirectiveLocation());
        }
        while (Skip(TokenKind.Pipe));
        return new DirectiveDefinitionNode(description, name, arguments, isRepeatable, locations, LocationFrom(start));
    }

    private NameNode ParseDirectiveLocation()
    {
        if (Peek(TokenKind.Name) && !DirectiveLocationNames.TryParse(_lexer.Value!, out _))
        {
            throw Error($"Unexpected Name \"{_lexer.Value}\": it is not a directive location.");
        }
        return ParseName();
    }

    private ITypeSystemExtensionNode ParseTypeSystemExtension(Location start)
    {
        ExpectKeyword("extend");
        if (!Peek(TokenKind.Name))
        {
            throw Unexpected();
        }
        return _lexer.Value switch
        {
            "schema" => ParseSchemaExtension(start),
            "scalar" => ParseScalarTypeExtension(start),
            "type" => ParseObjectTypeExtension(start),
            "interface" => ParseInterfaceTypeExtension(start),
            "union" => ParseUnionTypeExtension(start),
            "enum" => ParseEnumTypeExtension(start),
            "input" => ParseInputObjectTypeExtension(start),
            _ => throw Unexpected(),
        };
    }

    private SchemaExtensionNode ParseSchemaExtension(Location start)
    {
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = ParseOptionalMany(TokenKind.BraceLeft, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceRight);
        RequireExtensionContent(directives.Count + operationTypes.Count);
        return new SchemaExtensionNode(directives, operationTypes, LocationFrom(start));
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension(Location start)
    {
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        RequireExtensionContent(directives.Count);
        return new ScalarTypeExtensionNode(name, directives, LocationFrom(start));
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension(Location start)
    {
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        RequireExtensionContent(interfaces.Count + directives.Count + fields.Count);
        return new ObjectTypeExtensionNode(name, interfaces, directives, fields, LocationFrom(start));
    }

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension(Location start)
    {
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        RequireExtensionContent(interfaces.Count + directives.Count + fields.Count);
        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields, LocationFrom(start));
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension(Location start)
    {
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        RequireExtensionContent(directives.Count + types.Count);
        return new UnionTypeExtensionNode(name, directives, types, LocationFrom(start));
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension(Location start)
    {
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        RequireExtensionContent(directives.Count + values.Count);
        return new EnumTypeExtensionNode(name, directives, values, LocationFrom(start));
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension(Location start)
    {
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        RequireExtensionContent(directives.Count + fields.Count);
        return new InputObjectTypeExtensionNode(name, directives, fields, LocationFrom(start));
    }

    /// <summary>An extension must add something: directives, interfaces, fields, values, members or operation types.</summary>
    private void RequireExtensionContent(int addedParts)
    {
        if (addedParts == 0)
        {
            throw Unexpected();
        }
    }
}
