using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// The @skip/@include directives that decide, per request, whether a selection is executed: the selection's own
/// and those of the fragments and fields around it. Only conditions that depend on variables are kept; literal
/// ones are decided when the operation is compiled.
/// </summary>
internal sealed class IncludeCondition
{
    private readonly string _variable;
    private readonly bool _isSkip;

    private IncludeCondition(string variable, bool isSkip, IncludeCondition? outer)
    {
        _variable = variable;
        _isSkip = isSkip;
        Outer = outer;
    }

    /// <summary>The condition of the enclosing selection, which must hold as well.</summary>
    public IncludeCondition? Outer { get; }

    public bool IsIncluded(IReadOnlyDictionary<string, object?> variables)
    {
        for (var condition = this; condition is not null; condition = condition.Outer)
        {
            // Validation guarantees a Boolean! variable; a missing value counts as false.
            var value = variables.TryGetValue(condition._variable, out var given) && given is true;
            if (value == condition._isSkip)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Adds the selection's @skip/@include to <paramref name="outer"/>. Returns false when a literal argument
    /// excludes the selection outright.
    /// </summary>
    public static bool TryCombine(IReadOnlyList<DirectiveNode> directives, IncludeCondition? outer, out IncludeCondition? combined)
    {
        combined = outer;
        foreach (var directive in directives)
        {
            var isSkip = directive.Name.Value == BuiltInDirectives.Skip.Name;
            if (!isSkip && directive.Name.Value != BuiltInDirectives.Include.Name)
            {
                continue;
            }
            var argument = directive.Arguments.FindByName("if")?.Value;
            switch (argument)
            {
                case BooleanValueNode literal when literal.Value == isSkip:
                    return false;
                case VariableNode variable:
                    combined = new IncludeCondition(variable.Name.Value, isSkip, combined);
                    break;
            }
        }
        return true;
    }
}
