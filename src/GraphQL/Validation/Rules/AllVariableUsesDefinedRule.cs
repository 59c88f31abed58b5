using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>
/// 5.8.3 All Variable Uses Defined: every variable an operation uses, directly or in the fragments it spreads,
/// is defined by that operation.
/// </summary>
public sealed class AllVariableUsesDefinedRule : IValidationRule
{
    private const string Section = "sec-All-Variable-Uses-Defined";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : OperationsAfterWalkVisitor
    {
        protected override void CheckOperation(OperationDefinitionNode node)
        {
            var defined = VariableDefinitions(node);
            foreach (var usage in context.GetRecursiveVariableUsages(node))
            {
                if (!defined.ContainsKey(usage.Name))
                {
                    context.ReportError(
                        $"The variable \"${usage.Name}\" is used but not defined by {Operations.Describe(node)}.",
                        Section,
                        usage.Node,
                        node);
                }
            }
        }
    }
}
