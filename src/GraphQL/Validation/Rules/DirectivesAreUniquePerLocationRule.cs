using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>
/// 5.7.3 Directives Are Unique per Location: a directive that is not repeatable is used at most once on a node.
/// Unknown directives are left to 5.7.1.
/// </summary>
public sealed class DirectivesAreUniquePerLocationRule : IValidationRule
{
    private const string Section = "sec-Directives-Are-Unique-per-Location";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterOperationDefinition(OperationDefinitionNode node) => Check(node.Directives);

        public override void EnterVariableDefinition(VariableDefinitionNode node) => Check(node.Directives);

        public override void EnterFragmentDefinition(FragmentDefinitionNode node) => Check(node.Directives);

        public override void EnterField(FieldNode node) => Check(node.Directives);

        public override void EnterFragmentSpread(FragmentSpreadNode node) => Check(node.Directives);

        public override void EnterInlineFragment(InlineFragmentNode node) => Check(node.Directives);

        private void Check(IReadOnlyList<DirectiveNode> directives)
        {
            foreach (var (name, duplicates) in Duplicates.Find(directives, directive => directive.Name.Value))
            {
                if (context.Schema.FindDirective(name) is { IsRepeatable: false })
                {
                    context.ReportError(
                        $"The directive \"@{name}\" is used {duplicates.Count} times at the same location, but it is not repeatable.",
                        Section,
                        [.. duplicates]);
                }
            }
        }
    }
}
