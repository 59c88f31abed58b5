using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// Walks the executable parts of a document depth-first, keeping <see cref="TypeInfo"/> up to date and calling
/// every visitor on entering and leaving each node. Type information is updated before visitors enter a node
/// and after they leave it.
/// </summary>
internal sealed class DocumentWalker(TypeInfo typeInfo, ValidationVisitor[] visitors)
{
    public void WalkDocument(DocumentNode document)
    {
        foreach (var visitor in visitors)
        {
            visitor.EnterDocument(document);
        }
        var definitions = document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            switch (definitions[i])
            {
                case OperationDefinitionNode operation:
                    WalkOperation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    WalkFragmentDefinition(fragment);
                    break;
            }
        }
        foreach (var visitor in visitors)
        {
            visitor.LeaveDocument(document);
        }
    }

    public void WalkOperation(OperationDefinitionNode operation)
    {
        typeInfo.EnterOperationDefinition(operation);
        foreach (var visitor in visitors)
        {
            visitor.EnterOperationDefinition(operation);
        }
        var variables = operation.VariableDefinitions;
        for (var i = 0; i < variables.Count; i++)
        {
            WalkVariableDefinition(variables[i]);
        }
        WalkDirectives(operation.Directives, LocationOf(operation.Operation));
        WalkSelectionSet(operation.SelectionSet);
        foreach (var visitor in visitors)
        {
            visitor.LeaveOperationDefinition(operation);
        }
        typeInfo.LeaveOperationDefinition();
    }

    public void WalkFragmentDefinition(FragmentDefinitionNode fragment)
    {
        typeInfo.EnterFragmentDefinition(fragment);
        foreach (var visitor in visitors)
        {
            visitor.EnterFragmentDefinition(fragment);
        }
        WalkDirectives(fragment.Directives, DirectiveLocation.FragmentDefinition);
        WalkSelectionSet(fragment.SelectionSet);
        foreach (var visitor in visitors)
        {
            visitor.LeaveFragmentDefinition(fragment);
        }
        typeInfo.LeaveFragmentDefinition();
    }

    private void WalkVariableDefinition(VariableDefinitionNode variable)
    {
        typeInfo.EnterVariableDefinition(variable);
        foreach (var visitor in visitors)
        {
            visitor.EnterVariableDefinition(variable);
        }
        if (variable.DefaultValue is not null)
        {
            WalkValue(variable.DefaultValue);
        }
        WalkDirectives(variable.Directives, DirectiveLocation.VariableDefinition);
        foreach (var visitor in visitors)
        {
            visitor.LeaveVariableDefinition(variable);
        }
        typeInfo.LeaveVariableDefinition();
    }

    private void WalkSelectionSet(SelectionSetNode selectionSet)
    {
        typeInfo.EnterSelectionSet();
        foreach (var visitor in visitors)
        {
            visitor.EnterSelectionSet(selectionSet);
        }
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    WalkFragmentSpread(spread);
                    break;
                case InlineFragmentNode inlineFragment:
                    WalkInlineFragment(inlineFragment);
                    break;
            }
        }
        foreach (var visitor in visitors)
        {
            visitor.LeaveSelectionSet(selectionSet);
        }
        typeInfo.LeaveSelectionSet();
    }

    private void WalkField(FieldNode field)
    {
        typeInfo.EnterField(field);
        foreach (var visitor in visitors)
        {
            visitor.EnterField(field);
        }
        WalkArguments(field.Arguments);
        WalkDirectives(field.Directives, DirectiveLocation.Field);
        if (field.SelectionSet is not null)
        {
            WalkSelectionSet(field.SelectionSet);
        }
        foreach (var visitor in visitors)
        {
            visitor.LeaveField(field);
        }
        typeInfo.LeaveField();
    }

    private void WalkFragmentSpread(FragmentSpreadNode spread)
    {
        foreach (var visitor in visitors)
        {
            visitor.EnterFragmentSpread(spread);
        }
        WalkDirectives(spread.Directives, DirectiveLocation.FragmentSpread);
        foreach (var visitor in visitors)
        {
            visitor.LeaveFragmentSpread(spread);
        }
    }

    private void WalkInlineFragment(InlineFragmentNode inlineFragment)
    {
        typeInfo.EnterInlineFragment(inlineFragment);
        foreach (var visitor in visitors)
        {
            visitor.EnterInlineFragment(inlineFragment);
        }
        WalkDirectives(inlineFragment.Directives, DirectiveLocation.InlineFragment);
        WalkSelectionSet(inlineFragment.SelectionSet);
        foreach (var visitor in visitors)
        {
            visitor.LeaveInlineFragment(inlineFragment);
        }
        typeInfo.LeaveInlineFragment();
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            typeInfo.EnterDirective(directive);
            foreach (var visitor in visitors)
            {
                visitor.EnterDirective(directive, location);
            }
            WalkArguments(directive.Arguments);
            foreach (var visitor in visitors)
            {
                visitor.LeaveDirective(directive, location);
            }
            typeInfo.LeaveDirective();
        }
    }

    private void WalkArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            typeInfo.EnterArgument(argument);
            foreach (var visitor in visitors)
            {
                visitor.EnterArgument(argument);
            }
            WalkValue(argument.Value);
            foreach (var visitor in visitors)
            {
                visitor.LeaveArgument(argument);
            }
            typeInfo.LeaveArgument();
        }
    }

    private void WalkValue(IValueNode value)
    {
        foreach (var visitor in visitors)
        {
            visitor.EnterValue(value);
        }
        switch (value)
        {
            case ListValueNode list:
                typeInfo.EnterListItems();
                for (var i = 0; i < list.Values.Count; i++)
                {
                    WalkValue(list.Values[i]);
                }
                typeInfo.LeaveListItems();
                break;
            case ObjectValueNode inputObject:
                for (var i = 0; i < inputObject.Fields.Count; i++)
                {
                    WalkObjectField(inputObject.Fields[i]);
                }
                break;
        }
        foreach (var visitor in visitors)
        {
            visitor.LeaveValue(value);
        }
    }

    private void WalkObjectField(ObjectFieldNode field)
    {
        typeInfo.EnterObjectField(field);
        foreach (var visitor in visitors)
        {
            visitor.EnterObjectField(field);
        }
        WalkValue(field.Value);
        foreach (var visitor in visitors)
        {
            visitor.LeaveObjectField(field);
        }
        typeInfo.LeaveObjectField();
    }

    private static DirectiveLocation LocationOf(OperationType operation) => operation switch
    {
        OperationType.Mutation => DirectiveLocation.Mutation,
        OperationType.Subscription => DirectiveLocation.Subscription,
        _ => DirectiveLocation.Query,
    };
}
