using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// 5.8.5 All Variable Usages Are Allowed: the type of every variable fits where it is used. A nullable variable
/// may be used where a non-null value is expected only if the variable or the location has a default value; a
/// variable given as the field of a OneOf input object counts as used where a non-null value is expected.
/// </summary>
public sealed class AllVariableUsagesAreAllowedRule : IValidationRule
{
    private const string Section = "sec-All-Variable-Usages-Are-Allowed";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : OperationsAfterWalkVisitor
    {
        protected override void CheckOperation(OperationDefinitionNode node)
        {
            var definitions = VariableDefinitions(node);
            foreach (var usage in context.GetRecursiveVariableUsages(node))
            {
                // Undefined variables, unknown types and unknown positions are reported by other rules.
                if (usage.LocationType is { } locationType &&
                    definitions.TryGetValue(usage.Name, out var definition) &&
                    context.Schema.TypeFromAst(definition.Type) is { } variableType &&
                    !IsAllowed(variableType, definition, usage, locationType))
                {
                    context.ReportError(Describe(usage, variableType, locationType), Section, definition, usage.Node);
                }
            }
        }

        private static bool IsAllowed(IType variableType, VariableDefinitionNode definition, VariableUsage usage, IType locationType)
        {
            if (IsNonNullPosition(usage, locationType) && !variableType.IsNonNull())
            {
                var hasNonNullVariableDefault = definition.DefaultValue is not null and not NullValueNode;
                if (!hasNonNullVariableDefault && !usage.HasLocationDefaultValue)
                {
                    return false;
                }
                return AreTypesCompatible(variableType, locationType.Nullable());
            }
            return AreTypesCompatible(variableType, locationType);
        }

        private static bool IsNonNullPosition(VariableUsage usage, IType locationType) =>
            locationType.IsNonNull() || usage.ParentInputObjectType is { IsOneOf: true };

        private static bool AreTypesCompatible(IType variableType, IType locationType) => (variableType, locationType) switch
        {
            (NonNullType variable, NonNullType location) => AreTypesCompatible(variable.OfType, location.OfType),
            (_, NonNullType) => false,
            (NonNullType variable, _) => AreTypesCompatible(variable.OfType, locationType),
            (ListType variable, ListType location) => AreTypesCompatible(variable.OfType, location.OfType),
            (_, ListType) or (ListType, _) => false,
            _ => variableType.IsEqualTo(locationType),
        };

        private static string Describe(VariableUsage usage, IType variableType, IType locationType) =>
            usage.ParentInputObjectType is { IsOneOf: true } oneOf && !variableType.IsNonNull() &&
            AreTypesCompatible(variableType, locationType.Nullable())
                ? $"The variable \"${usage.Name}\" of type \"{variableType.Print()}\" is given as the field of OneOf input object \"{oneOf.Name}\", where it must be non-null; declare it as \"{variableType.Print()}!\"."
                : $"The variable \"${usage.Name}\" of type \"{variableType.Print()}\" is used where a value of type \"{locationType.Print()}\" is expected.";
    }
}
