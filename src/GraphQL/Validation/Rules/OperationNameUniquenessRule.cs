using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>5.2.2.1 Operation Name Uniqueness: no two operations of a document have the same name.</summary>
public sealed class OperationNameUniquenessRule : IValidationRule
{
    private const string Section = "sec-Operation-Name-Uniqueness";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly UniqueDefinitionNames _names = new(context, "operation", Section);

        public override void EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Name is { } name)
            {
                _names.Add(name);
            }
        }
    }
}
