using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// 5.5.2.3 Fragment Spread Is Possible: a fragment is spread only where some object could be both of the
/// type in scope and of the fragment's type condition (their possible types overlap).
/// </summary>
public sealed class FragmentSpreadIsPossibleRule : IValidationRule
{
    private const string Section = "sec-Fragment-Spread-Is-Possible";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterInlineFragment(InlineFragmentNode node)
        {
            // TypeInfo.Type is the type condition here; the selection set of the fragment is not entered yet.
            if (node.TypeCondition is not null && context.TypeInfo.Type?.NamedType() is { } fragmentType)
            {
                Check(fragmentType, fragmentName: null, node);
            }
        }

        public override void EnterFragmentSpread(FragmentSpreadNode node)
        {
            if (context.GetFragment(node.Name.Value) is { } fragment &&
                context.Schema.FindType(fragment.TypeCondition.Name.Value) is { } fragmentType)
            {
                Check(fragmentType, node.Name.Value, node);
            }
        }

        /// <summary>Checks a named fragment, or an inline one when <paramref name="fragmentName"/> is null.</summary>
        private void Check(NamedType fragmentType, string? fragmentName, SyntaxNode node)
        {
            if (context.TypeInfo.ParentType is not { } parentType || !fragmentType.IsCompositeType() || TypesOverlap(fragmentType, parentType))
            {
                return;
            }
            var fragment = fragmentName is null ? $"An inline fragment on \"{fragmentType.Name}\"" : $"The fragment \"{fragmentName}\"";
            context.ReportError(
                $"{fragment} cannot be spread here: objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                Section,
                node);
        }

        private bool TypesOverlap(NamedType a, NamedType b)
        {
            if (a.Name == b.Name)
            {
                return true;
            }
            foreach (var objectType in context.Schema.GetPossibleTypes(a))
            {
                if (context.Schema.IsPossibleType(b, objectType))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
