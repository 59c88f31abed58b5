namespace GraphQL.Language;

/// <summary>Values, arguments, directives and type references (spec sections 2.6, 2.9, 2.11, 2.12).</summary>
internal sealed partial class SyntaxParser
{
    /// <summary>A value; in a constant context (<paramref name="isConst"/>) variables are not allowed.</summary>
    public IValueNode ParseValueLiteral(bool isConst)
    {
        var start = Begin();
        switch (_lexer.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseListValue(isConst);
            case TokenKind.BraceLeft:
                return ParseObjectValue(isConst);
            case TokenKind.Int:
                return new IntValueNode(ExpectValue(TokenKind.Int), LocationFrom(start));
            case TokenKind.Float:
                return new FloatValueNode(ExpectValue(TokenKind.Float), LocationFrom(start));
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringValue();
            case TokenKind.Name:
                var name = ExpectValue(TokenKind.Name);
                return name switch
                {
                    "true" => new BooleanValueNode(true, LocationFrom(start)),
                    "false" => new BooleanValueNode(false, LocationFrom(start)),
                    "null" => _options.NoLocations ? NullValueNode.Default : new NullValueNode(LocationFrom(start)),
                    _ => new EnumValueNode(name, LocationFrom(start)),
                };
            case TokenKind.Dollar when isConst:
                var variable = ParseVariable();
                throw new SyntaxException(
                    $"Unexpected variable \"${variable.Name.Value}\" in a constant value: variables are not allowed here.", start);
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private ListValueNode ParseListValue(bool isConst)
    {
        var start = Begin();
        EnterNesting();
        Expect(TokenKind.BracketLeft);
        var values = new List<IValueNode>();
        while (!Skip(TokenKind.BracketRight))
        {
            values.Add(ParseValueLiteral(isConst));
        }
        ExitNesting();
        return new ListValueNode(values, LocationFrom(start));
    }

    private ObjectValueNode ParseObjectValue(bool isConst)
    {
        var start = Begin();
        EnterNesting();
        Expect(TokenKind.BraceLeft);
        var fields = new List<ObjectFieldNode>();
        while (!Skip(TokenKind.BraceRight))
        {
            var fieldStart = Begin();
            var name = ParseName();
            Expect(TokenKind.Colon);
            fields.Add(new ObjectFieldNode(name, ParseValueLiteral(isConst), LocationFrom(fieldStart)));
        }
        ExitNesting();
        return new ObjectValueNode(fields, LocationFrom(start));
    }

    private StringValueNode ParseStringValue()
    {
        var start = Begin();
        var block = Peek(TokenKind.BlockString);
        var value = ExpectValue(block ? TokenKind.BlockString : TokenKind.String);
        return new StringValueNode(value, block, LocationFrom(start));
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) => isConst
        ? ParseOptionalMany(TokenKind.ParenthesisLeft, static p => p.ParseArgument(isConst: true), TokenKind.ParenthesisRight)
        : ParseOptionalMany(TokenKind.ParenthesisLeft, static p => p.ParseArgument(isConst: false), TokenKind.ParenthesisRight);

    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Begin();
        var name = ParseName();
        Expect(TokenKind.Colon);
        return new ArgumentNode(name, ParseValueLiteral(isConst), LocationFrom(start));
    }

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }
        var directives = new List<DirectiveNode>();
        do
        {
            var start = Begin();
            Expect(TokenKind.At);
            var name = ParseName();
            directives.Add(new DirectiveNode(name, ParseArguments(isConst), LocationFrom(start)));
        }
        while (Peek(TokenKind.At));
        return directives;
    }

    /// <summary>A type reference: <c>Name</c>, <c>[Type]</c>, either followed by <c>!</c>.</summary>
    public ITypeNode ParseTypeReference()
    {
        var start = Begin();
        ITypeNode type;
        if (Peek(TokenKind.BracketLeft))
        {
            EnterNesting();
            _lexer.Advance();
            var itemType = ParseTypeReference();
            Expect(TokenKind.BracketRight);
            ExitNesting();
            type = new ListTypeNode(itemType, LocationFrom(start));
        }
        else
        {
            type = ParseNamedType();
        }
        return Skip(TokenKind.Bang) ? new NonNullTypeNode(type, LocationFrom(start)) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Begin();
        return new NamedTypeNode(ParseName(), LocationFrom(start));
    }
}
