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

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        // Checked once the whole document is walked, when the usages of every fragment have been collected.
        public override void LeaveDocument(DocumentNode node)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is OperationDefinitionNode operation)
                {
                    Check(operation);
                }
            }
        }

        private void Check(OperationDefinitionNode node)
        {
            var defined = new HashSet<string>(StringComparer.Ordinal);
            foreach (var variable in node.VariableDefinitions)
            {
                defined.Add(variable.Variable.Name.Value);
            }
            foreach (var usage in context.GetRecursiveVariableUsages(node))
            {
                if (!defined.Contains(usage.Name))
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
