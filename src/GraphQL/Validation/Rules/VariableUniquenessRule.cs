using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>5.8.1 Variable Uniqueness: an operation defines each variable at most once.</summary>
public sealed class VariableUniquenessRule : IValidationRule
{
    private const string Section = "sec-Variable-Uniqueness";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterOperationDefinition(OperationDefinitionNode node)
        {
            foreach (var (name, duplicates) in Duplicates.Find(node.VariableDefinitions, variable => variable.Variable.Name.Value))
            {
                context.ReportError(
                    $"The variable \"${name}\" is defined {duplicates.Count} times by {Operations.Describe(node)}; it may be defined only once.",
                    Section,
                    [.. duplicates]);
            }
        }
    }
}
