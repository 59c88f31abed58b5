using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// 5.4.3 Required Arguments: every argument of non-null type without a default value is given. (An explicit
/// <c>null</c> for such an argument is reported by the values rule, 5.6.1.)
/// </summary>
public sealed class RequiredArgumentsRule : IValidationRule
{
    private const string Section = "sec-Required-Arguments";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterField(FieldNode node)
        {
            if (context.TypeInfo.FieldDefinition is { } field && context.TypeInfo.ParentType is { } parentType)
            {
                Check(node, node.Arguments, field.Arguments, parentType, field.Name);
            }
        }

        public override void EnterDirective(DirectiveNode node, DirectiveLocation location)
        {
            if (context.TypeInfo.Directive is { } directive)
            {
                Check(node, node.Arguments, directive.Arguments, parentType: null, directive.Name);
            }
        }

        /// <summary>Checks the arguments of a field of <paramref name="parentType"/>, or of a directive when it is null.</summary>
        private void Check(
            SyntaxNode node,
            IReadOnlyList<ArgumentNode> given,
            NamedCollection<InputField> definitions,
            NamedType? parentType,
            string ownerName)
        {
            for (var i = 0; i < definitions.Count; i++)
            {
                var definition = definitions[i];
                if (definition.IsRequired && given.FindByName(definition.Name) is null)
                {
                    var owner = parentType is null ? $"directive \"@{ownerName}\"" : $"field \"{parentType.Name}.{ownerName}\"";
                    context.ReportError(
                        $"The argument \"{definition.Name}\" of type \"{definition.Type.Print()}\" is required by {owner}, but it was not given.",
                        Section,
                        node);
                }
            }
        }
    }
}
