using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>5.2.2.1 Operation Name Uniqueness: no two operations of a document have the same name.</summary>
public sealed class OperationNameUniquenessRule : IValidationRule
{
    private const string Section = "sec-Operation-Name-Uniqueness";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _firstByName = new(StringComparer.Ordinal);

        public override void EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Name is not { } name)
            {
                return;
            }
            if (!_firstByName.TryAdd(name.Value, name))
            {
                context.ReportError(
                    $"There is more than one operation named \"{name.Value}\"; each operation of a document must have a unique name.",
                    Section,
                    _firstByName[name.Value],
                    name);
            }
        }
    }
}
