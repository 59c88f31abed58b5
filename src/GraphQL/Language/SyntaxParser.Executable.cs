namespace GraphQL.Language;

/// <summary>Documents and executable definitions (spec sections 2.2 to 2.8).</summary>
internal sealed partial class SyntaxParser
{
    public DocumentNode ParseDocument()
    {
        var start = Begin();
        var definitions = new List<IDefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!Peek(TokenKind.EndOfFile));
        return new DocumentNode(definitions, LocationFrom(start));
    }

    /// <summary>
    /// Any definition. A description may come before operations (not the shorthand form), fragments and type
    /// system definitions, but not before extensions.
    /// </summary>
    private IDefinitionNode ParseDefinition()
    {
        var start = Begin();
        var description = PeekDescription() ? ParseStringValue() : null;
        if (description is null && Peek(TokenKind.BraceLeft))
        {
            return new OperationDefinitionNode(OperationType.Query, null, [], [], ParseSelectionSet(), LocationFrom(start));
        }
        if (!Peek(TokenKind.Name))
        {
            throw Unexpected();
        }
        return _lexer.Value switch
        {
            "query" or "mutation" or "subscription" => ParseOperationDefinition(start, description),
            "fragment" => ParseFragmentDefinition(start, description),
            "extend" when description is null => ParseTypeSystemExtension(start),
            _ => ParseTypeSystemDefinition(start, description),
        };
    }

    private OperationDefinitionNode ParseOperationDefinition(Location start, StringValueNode? description)
    {
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseOptionalMany(TokenKind.ParenthesisLeft, static p => p.ParseVariableDefinition(), TokenKind.ParenthesisRight);
        var directives = ParseDirectives(isConst: false);
        return new OperationDefinitionNode(operation, name, variables, directives, ParseSelectionSet(), LocationFrom(start))
        {
            Description = description,
        };
    }

    private OperationType ParseOperationType()
    {
        OperationType? operation = _lexer.Kind == TokenKind.Name
            ? _lexer.Value switch
            {
                "query" => OperationType.Query,
                "mutation" => OperationType.Mutation,
                "subscription" => OperationType.Subscription,
                _ => null,
            }
            : null;
        if (operation is null)
        {
            throw Error($"Expected \"query\", \"mutation\" or \"subscription\", found {_lexer.Describe()}.");
        }
        _lexer.Advance();
        return operation.Value;
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Begin();
        var description = PeekDescription() ? ParseStringValue() : null;
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives, LocationFrom(start)) { Description = description };
    }

    private VariableNode ParseVariable()
    {
        var start = Begin();
        Expect(TokenKind.Dollar);
        return new VariableNode(ParseName(), LocationFrom(start));
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = Begin();
        EnterNesting();
        var selections = ParseMany(TokenKind.BraceLeft, static p => p.ParseSelection(), TokenKind.BraceRight);
        ExitNesting();
        return new SelectionSetNode(selections, LocationFrom(start));
    }

    private ISelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    private FieldNode ParseField()
    {
        var start = Begin();
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (Skip(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, LocationFrom(start));
    }

    /// <summary>A fragment spread <c>...Name</c> or an inline fragment <c>... on Type { }</c> / <c>... { }</c>.</summary>
    private ISelectionNode ParseFragment()
    {
        var start = Begin();
        Expect(TokenKind.Spread);
        var hasTypeCondition = SkipKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseName();
            return new FragmentSpreadNode(name, ParseDirectives(isConst: false), LocationFrom(start));
        }
        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        return new InlineFragmentNode(typeCondition, directives, ParseSelectionSet(), LocationFrom(start));
    }

    private FragmentDefinitionNode ParseFragmentDefinition(Location start, StringValueNode? description)
    {
        ExpectKeyword("fragment");
        if (PeekKeyword("on"))
        {
            throw Error("Unexpected Name \"on\": a fragment cannot be named \"on\".");
        }
        var name = ParseName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        return new FragmentDefinitionNode(name, typeCondition, directives, ParseSelectionSet(), LocationFrom(start))
        {
            Description = description,
        };
    }
}
