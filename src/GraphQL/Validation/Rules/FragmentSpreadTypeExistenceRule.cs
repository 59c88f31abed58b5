using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>5.5.1.2 Fragment Spread Type Existence: the type condition of every fragment names a type of the schema.</summary>
public sealed class FragmentSpreadTypeExistenceRule : IValidationRule
{
    private const string Section = "sec-Fragment-Spread-Type-Existence";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterFragmentDefinition(FragmentDefinitionNode node) =>
            Check(node.TypeCondition, $"fragment \"{node.Name.Value}\"");

        public override void EnterInlineFragment(InlineFragmentNode node)
        {
            if (node.TypeCondition is not null)
            {
                Check(node.TypeCondition, "an inline fragment");
            }
        }

        private void Check(NamedTypeNode typeCondition, string fragment)
        {
            var typeName = typeCondition.Name.Value;
            if (context.Schema.FindType(typeName) is not null)
            {
                return;
            }
            var hint = Suggestions.DidYouMean(typeName, context.Schema.Types.Select(type => type.Name));
            context.ReportError(
                $"The type \"{typeName}\" in the type condition of {fragment} does not exist in the schema.{hint}",
                Section,
                typeCondition);
        }
    }
}
