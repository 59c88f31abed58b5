using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>5.2.3.1 Lone Anonymous Operation: an operation without a name must be the document's only operation.</summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    private const string Section = "sec-Lone-Anonymous-Operation";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private int _operationCount;

        public override void EnterDocument(DocumentNode node)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is OperationDefinitionNode)
                {
                    _operationCount++;
                }
            }
        }

        public override void EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Name is null && _operationCount > 1)
            {
                context.ReportError(
                    $"This anonymous operation must be the only operation of the document, which has {_operationCount}; give every operation a name.",
                    Section,
                    node);
            }
        }
    }
}
