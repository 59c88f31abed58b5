using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>5.8.2 Variables Are Input Types: every variable is of a known scalar, enum or input object type (or a list or non-null of one).</summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    private const string Section = "sec-Variables-Are-Input-Types";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterVariableDefinition(VariableDefinitionNode node)
        {
            var variableName = node.Variable.Name.Value;
            var typeName = node.Type.NamedType().Name.Value;
            if (context.Schema.FindType(typeName) is not { } namedType)
            {
                var hint = Suggestions.DidYouMean(
                    typeName,
                    context.Schema.Types.Where(type => type.IsInputType()).Select(type => type.Name));
                context.ReportError(
                    $"The type \"{typeName}\" of variable \"${variableName}\" does not exist in the schema.{hint}",
                    Section,
                    (SyntaxNode)node.Type);
            }
            else if (!namedType.IsInputType())
            {
                context.ReportError(
                    $"The variable \"${variableName}\" cannot be of type \"{node.Type}\": \"{namedType.Name}\" is an output type, and variables must be of a scalar, enum or input object type.",
                    Section,
                    (SyntaxNode)node.Type);
            }
        }
    }
}
