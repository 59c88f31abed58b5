using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>
/// 5.8.4 All Variables Used: every variable an operation defines is used by it, directly or in the fragments it
/// spreads.
/// </summary>
public sealed class AllVariablesUsedRule : IValidationRule
{
    private const string Section = "sec-All-Variables-Used";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : OperationsAfterWalkVisitor
    {
        protected override void CheckOperation(OperationDefinitionNode node)
        {
            if (node.VariableDefinitions.Count == 0)
            {
                return;
            }
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(node))
            {
                used.Add(usage.Name);
            }
            foreach (var variable in node.VariableDefinitions)
            {
                var name = variable.Variable.Name.Value;
                if (!used.Contains(name))
                {
                    context.ReportError(
                        $"The variable \"${name}\" is defined by {Operations.Describe(node)} but never used.",
                        Section,
                        variable);
                }
            }
        }
    }
}
