using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>5.4.1 Argument Names: every argument given to a field or directive is defined by it.</summary>
public sealed class ArgumentNamesRule : IValidationRule
{
    private const string Section = "sec-Argument-Names";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private DirectiveNode? _directive;

        public override void EnterDirective(DirectiveNode node, DirectiveLocation location) => _directive = node;

        public override void LeaveDirective(DirectiveNode node, DirectiveLocation location) => _directive = null;

        public override void EnterArgument(ArgumentNode node)
        {
            var typeInfo = context.TypeInfo;
            if (typeInfo.Argument is not null)
            {
                return;
            }
            if (_directive is not null)
            {
                // An unknown directive is reported by the rule for directives; its arguments are not checked.
                if (typeInfo.Directive is { } directive)
                {
                    Report(node, $"directive \"@{directive.Name}\"", directive.Arguments);
                }
            }
            else if (typeInfo.FieldDefinition is { } field && typeInfo.ParentType is { } parentType)
            {
                Report(node, $"field \"{parentType.Name}.{field.Name}\"", field.Arguments);
            }
        }

        private void Report(ArgumentNode node, string owner, NamedCollection<InputField> arguments)
        {
            var argumentName = node.Name.Value;
            var hint = Suggestions.DidYouMean(argumentName, arguments.Select(argument => argument.Name));
            context.ReportError($"The argument \"{argumentName}\" is not defined on {owner}.{hint}", Section, node);
        }
    }
}
