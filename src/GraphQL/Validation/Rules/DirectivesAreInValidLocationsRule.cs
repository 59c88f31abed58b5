using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>5.7.2 Directives Are in Valid Locations: every directive is used only where its definition allows.</summary>
public sealed class DirectivesAreInValidLocationsRule : IValidationRule
{
    private const string Section = "sec-Directives-Are-in-Valid-Locations";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterDirective(DirectiveNode node, DirectiveLocation location)
        {
            if (context.TypeInfo.Directive is not { } directive || directive.Locations.Contains(location))
            {
                return;
            }
            var allowed = string.Join(", ", directive.Locations.Order().Select(allowedLocation => allowedLocation.ToGraphQLName()));
            context.ReportError(
                $"The directive \"@{directive.Name}\" may not be used on {location.ToGraphQLName()}; it may be used on {allowed}.",
                Section,
                node);
        }
    }
}
