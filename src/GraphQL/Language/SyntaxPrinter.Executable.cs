namespace GraphQL.Language;

/// <summary>Operations, fragments and selections.</summary>
internal sealed partial class SyntaxPrinter
{
    private void WriteOperation(OperationDefinitionNode operation)
    {
        WriteDescription(operation.Description);
        var isShorthand = operation.Operation == OperationType.Query && operation.Name is null && operation.Description is null
            && operation.VariableDefinitions.Count == 0 && operation.Directives.Count == 0;
        if (!isShorthand)
        {
            _builder.Append(operation.Operation switch
            {
                OperationType.Mutation => "mutation",
                OperationType.Subscription => "subscription",
                _ => "query",
            });
            if (operation.Name is not null || operation.VariableDefinitions.Count > 0)
            {
                _builder.Append(' ').Append(operation.Name?.Value);
            }
            WriteParenthesized(
                operation.VariableDefinitions, onePerLine: operation.VariableDefinitions.Any(static v => v.Description is not null));
            WriteDirectives(operation.Directives);
            _builder.Append(' ');
        }
        WriteSelectionSet(operation.SelectionSet);
    }

    private void WriteVariableDefinition(VariableDefinitionNode variable)
    {
        WriteDescription(variable.Description);
        _builder.Append('$').Append(variable.Variable.Name.Value).Append(": ");
        WriteType(variable.Type);
        if (variable.DefaultValue is not null)
        {
            _builder.Append(" = ");
            WriteValue(variable.DefaultValue);
        }
        WriteDirectives(variable.Directives);
    }

    private void WriteSelectionSet(SelectionSetNode selectionSet) => WriteBlock(selectionSet.Selections);

    private void WriteField(FieldNode field)
    {
        if (field.Alias is not null)
        {
            _builder.Append(field.Alias.Value).Append(": ");
        }
        _builder.Append(field.Name.Value);
        WriteInlineList("(", field.Arguments, ")");
        WriteDirectives(field.Directives);
        if (field.SelectionSet is not null)
        {
            _builder.Append(' ');
            WriteSelectionSet(field.SelectionSet);
        }
    }

    private void WriteFragmentSpread(FragmentSpreadNode spread)
    {
        _builder.Append("...").Append(spread.Name.Value);
        WriteDirectives(spread.Directives);
    }

    private void WriteInlineFragment(InlineFragmentNode fragment)
    {
        _builder.Append("...");
        if (fragment.TypeCondition is not null)
        {
            _builder.Append(" on ").Append(fragment.TypeCondition.Name.Value);
        }
        WriteDirectives(fragment.Directives);
        _builder.Append(' ');
        WriteSelectionSet(fragment.SelectionSet);
    }

    private void WriteFragmentDefinition(FragmentDefinitionNode fragment)
    {
        WriteDescription(fragment.Description);
        _builder.Append("fragment ").Append(fragment.Name.Value).Append(" on ").Append(fragment.TypeCondition.Name.Value);
        WriteDirectives(fragment.Directives);
        _builder.Append(' ');
        WriteSelectionSet(fragment.SelectionSet);
    }
}
