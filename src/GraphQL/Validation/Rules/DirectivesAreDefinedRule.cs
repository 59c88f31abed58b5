using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>5.7.1 Directives Are Defined: every directive used is defined by the schema.</summary>
public sealed class DirectivesAreDefinedRule : IValidationRule
{
    private const string Section = "sec-Directives-Are-Defined";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterDirective(DirectiveNode node, DirectiveLocation location)
        {
            if (context.TypeInfo.Directive is not null)
            {
                return;
            }
            var name = node.Name.Value;
            var hint = Suggestions.DidYouMean(name, context.Schema.Directives.Select(directive => directive.Name));
            context.ReportError($"The directive \"@{name}\" is not defined by the schema.{hint}", Section, node);
        }
    }
}
