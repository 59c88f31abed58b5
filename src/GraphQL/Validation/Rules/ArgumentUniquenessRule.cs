using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>5.4.2 Argument Uniqueness: a field or directive is given each argument at most once.</summary>
public sealed class ArgumentUniquenessRule : IValidationRule
{
    private const string Section = "sec-Argument-Uniqueness";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterField(FieldNode node) => Check(node.Arguments, isDirective: false, node.Name.Value);

        public override void EnterDirective(DirectiveNode node, DirectiveLocation location) => Check(node.Arguments, isDirective: true, node.Name.Value);

        private void Check(IReadOnlyList<ArgumentNode> arguments, bool isDirective, string ownerName)
        {
            foreach (var (name, duplicates) in Duplicates.Find(arguments, argument => argument.Name.Value))
            {
                var owner = isDirective ? $"directive \"@{ownerName}\"" : $"field \"{ownerName}\"";
                context.ReportError(
                    $"The argument \"{name}\" is given {duplicates.Count} times to {owner}; it may be given only once.",
                    Section,
                    [.. duplicates]);
            }
        }
    }
}
