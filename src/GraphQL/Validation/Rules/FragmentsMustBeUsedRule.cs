using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>5.5.1.4 Fragments Must Be Used: every fragment is used by an operation, directly or through other fragments.</summary>
public sealed class FragmentsMustBeUsedRule : IValidationRule
{
    private const string Section = "sec-Fragments-Must-Be-Used";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void LeaveDocument(DocumentNode node)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in node.Definitions)
            {
                if (definition is OperationDefinitionNode operation)
                {
                    foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
                    {
                        used.Add(fragment.Name.Value);
                    }
                }
            }
            foreach (var definition in node.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name.Value))
                {
                    context.ReportError(
                        $"The fragment \"{fragment.Name.Value}\" is never used; remove it or spread it in an operation.",
                        Section,
                        fragment);
                }
            }
        }
    }
}
