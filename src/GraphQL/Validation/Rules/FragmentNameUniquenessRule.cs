using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>5.5.1.1 Fragment Name Uniqueness: no two fragments of a document have the same name.</summary>
public sealed class FragmentNameUniquenessRule : IValidationRule
{
    private const string Section = "sec-Fragment-Name-Uniqueness";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly UniqueDefinitionNames _names = new(context, "fragment", Section);

        public override void EnterFragmentDefinition(FragmentDefinitionNode node) => _names.Add(node.Name);
    }
}
