using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>5.5.1.1 Fragment Name Uniqueness: no two fragments of a document have the same name.</summary>
public sealed class FragmentNameUniquenessRule : IValidationRule
{
    private const string Section = "sec-Fragment-Name-Uniqueness";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _firstByName = new(StringComparer.Ordinal);

        public override void EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            var name = node.Name;
            if (!_firstByName.TryAdd(name.Value, name))
            {
                context.ReportError(
                    $"There is more than one fragment named \"{name.Value}\"; each fragment of a document must have a unique name.",
                    Section,
                    _firstByName[name.Value],
                    name);
            }
        }
    }
}
