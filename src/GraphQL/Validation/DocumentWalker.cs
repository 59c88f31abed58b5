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
        foreach (var definition in document.Definitions)
        {
            switch (definition)
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
        foreach (var variable in operation.VariableDefinitions)
        {
            WalkVariableDefinition(variable);
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
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
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
        foreach (var directive in directives)
        {
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
        foreach (var argument in arguments)
        {
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
                foreach (var item in list.Values)
                {
                    WalkValue(item);
                }
                typeInfo.LeaveListItems();
                break;
            case ObjectValueNode inputObject:
                foreach (var field in inputObject.Fields)
                {
                    WalkObjectField(field);
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
