using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>5.1.1 Executable Definitions: a document to execute holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : IValidationRule
{
    private const string Section = "sec-Executable-Definitions";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterDocument(DocumentNode node)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is not IExecutableDefinitionNode)
                {
                    context.ReportError(
                        $"The {Describe(definition)} is not executable: a document to execute may only contain operations and fragments.",
                        Section,
                        (SyntaxNode)definition);
                }
            }
        }

        private static string Describe(IDefinitionNode definition) => definition switch
        {
            SchemaDefinitionNode => "schema definition",
            SchemaExtensionNode => "schema extension",
            DirectiveDefinitionNode directive => $"definition of directive \"@{directive.Name.Value}\"",
            ITypeSystemExtensionNode and INamedSyntaxNode extension => $"extension of type \"{extension.Name.Value}\"",
            INamedSyntaxNode type => $"definition of type \"{type.Name.Value}\"",
            _ => "type system definition",
        };
    }
}
