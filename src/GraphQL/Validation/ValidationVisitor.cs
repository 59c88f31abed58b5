using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// Receives the nodes of an executable document in source order while it is walked. Every method does nothing
/// unless overridden. When a method is called, <see cref="ValidationContext.TypeInfo"/> describes the position of
/// the node: on entering a value, <see cref="TypeInfo.InputType"/> is the type expected for that value.
/// Type system definitions are not walked; operations, fragments and everything inside them are.
/// Fragment spreads are not followed: each fragment definition is visited once, where it is defined.
/// </summary>
public abstract class ValidationVisitor
{
    public virtual void EnterDocument(DocumentNode node)
    {
    }

    public virtual void LeaveDocument(DocumentNode node)
    {
    }

    public virtual void EnterOperationDefinition(OperationDefinitionNode node)
    {
    }

    public virtual void LeaveOperationDefinition(OperationDefinitionNode node)
    {
    }

    public virtual void EnterVariableDefinition(VariableDefinitionNode node)
    {
    }

    public virtual void LeaveVariableDefinition(VariableDefinitionNode node)
    {
    }

    public virtual void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    public virtual void EnterSelectionSet(SelectionSetNode node)
    {
    }

    public virtual void LeaveSelectionSet(SelectionSetNode node)
    {
    }

    public virtual void EnterField(FieldNode node)
    {
    }

    public virtual void LeaveField(FieldNode node)
    {
    }

    public virtual void EnterFragmentSpread(FragmentSpreadNode node)
    {
    }

    public virtual void LeaveFragmentSpread(FragmentSpreadNode node)
    {
    }

    public virtual void EnterInlineFragment(InlineFragmentNode node)
    {
    }

    public virtual void LeaveInlineFragment(InlineFragmentNode node)
    {
    }

    /// <summary>A directive applied at <paramref name="location"/> (the kind of node that carries it).</summary>
    public virtual void EnterDirective(DirectiveNode node, DirectiveLocation location)
    {
    }

    public virtual void LeaveDirective(DirectiveNode node, DirectiveLocation location)
    {
    }

    /// <summary>An argument of a field or of a directive.</summary>
    public virtual void EnterArgument(ArgumentNode node)
    {
    }

    public virtual void LeaveArgument(ArgumentNode node)
    {
    }

    /// <summary>
    /// Any value: a literal, a list, an input object or a variable reference. Variable references met here are
    /// usages; the variable named by a variable definition is not visited as a value.
    /// </summary>
    public virtual void EnterValue(IValueNode node)
    {
    }

    public virtual void LeaveValue(IValueNode node)
    {
    }

    /// <summary>A field of an input object value; its value is visited next.</summary>
    public virtual void EnterObjectField(ObjectFieldNode node)
    {
    }

    public virtual void LeaveObjectField(ObjectFieldNode node)
    {
    }
}
