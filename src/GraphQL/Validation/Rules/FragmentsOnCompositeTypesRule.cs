using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>5.5.1.3 Fragments on Object, Interface or Union Types: fragments are declared on composite types.</summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    private const string Section = "sec-Fragments-on-Object-Interface-or-Union-Types";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterFragmentDefinition(FragmentDefinitionNode node) =>
            Check(node.TypeCondition, isInline: false, node.Name.Value);

        public override void EnterInlineFragment(InlineFragmentNode node)
        {
            if (node.TypeCondition is not null)
            {
                Check(node.TypeCondition, isInline: true, fragmentName: null);
            }
        }

        private void Check(NamedTypeNode typeCondition, bool isInline, string? fragmentName)
        {
            // Unknown types are reported by the type existence rule.
            if (context.Schema.FindType(typeCondition.Name.Value) is not { } type || type.IsCompositeType())
            {
                return;
            }
            var fragment = isInline ? "An inline fragment" : $"Fragment \"{fragmentName}\"";
            context.ReportError(
                $"{fragment} cannot have the type condition \"{type.Name}\": {KindOf(type)} is not an object, interface or union type.",
                Section,
                typeCondition);
        }

        private static string KindOf(NamedType type) => type switch
        {
            EnumType => "an enum",
            InputObjectType => "an input object",
            _ => "a scalar",
        };
    }
}
