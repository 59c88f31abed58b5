using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>5.2.1.1 Operation Type Existence: the schema has a root type for the kind of every operation.</summary>
public sealed class OperationTypeExistenceRule : IValidationRule
{
    private const string Section = "sec-Operation-Type-Existence";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (context.Schema.GetRootType(node.Operation) is not null)
            {
                return;
            }
            var operation = node.Operation.ToString().ToLowerInvariant();
            context.ReportError(
                $"The schema does not support {operation} operations: it defines no {operation} root type.",
                Section,
                node);
        }
    }
}
