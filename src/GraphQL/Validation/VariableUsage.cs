using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// A place where a variable is used, with what that place expects (spec 5.8.5).
/// </summary>
/// <param name="Node">The variable reference.</param>
/// <param name="LocationType">The type expected where the variable is used; null when the position is unknown.</param>
/// <param name="HasLocationDefaultValue">Whether the argument or input field the variable is given to has a default value.</param>
/// <param name="ParentInputObjectType">The input object type whose field the variable is the value of, if it is one.</param>
public sealed record VariableUsage(
    VariableNode Node,
    IType? LocationType,
    bool HasLocationDefaultValue,
    InputObjectType? ParentInputObjectType)
{
    public string Name => Node.Name.Value;
}
