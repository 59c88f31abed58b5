using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// 5.2.4.1 Single Root Field: a subscription selects exactly one root field, which is not an introspection
/// field. Fragments are followed (spec's CollectSubscriptionFields); since the fields are collected without
/// variable values, @skip and @include are not allowed on the root selections.
/// </summary>
public sealed class SubscriptionSingleRootFieldRule : IValidationRule
{
    private const string Section = "sec-Single-Root-Field";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
            {
                return;
            }
            var subject = node.Name is null ? "The anonymous subscription" : $"Subscription \"{node.Name.Value}\"";
            var fieldsByResponseName = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            CollectFields(subject, subscriptionType, node.SelectionSet, fieldsByResponseName, new HashSet<string>(StringComparer.Ordinal));

            if (fieldsByResponseName.Count == 0)
            {
                context.ReportError($"{subject} selects no root field; a subscription must select exactly one.", Section, node);
            }
            else if (fieldsByResponseName.Count > 1)
            {
                var extraFields = new List<SyntaxNode>();
                foreach (var fields in fieldsByResponseName.Values.Skip(1))
                {
                    extraFields.AddRange(fields);
                }
                context.ReportError(
                    $"{subject} selects {fieldsByResponseName.Count} root fields; a subscription must select exactly one.",
                    Section,
                    [.. extraFields]);
            }
            foreach (var fields in fieldsByResponseName.Values)
            {
                var fieldName = fields[0].Name.Value;
                if (fieldName.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError(
                        $"{subject} must not select the introspection field \"{fieldName}\" as its root field.",
                        Section,
                        [.. fields]);
                }
            }
        }

        private void CollectFields(
            string subject,
            ObjectType subscriptionType,
            SelectionSetNode selectionSet,
            Dictionary<string, List<FieldNode>> fieldsByResponseName,
            HashSet<string> visitedFragments)
        {
            foreach (var selection in selectionSet.Selections)
            {
                ReportConditionalDirectives(subject, selection);
                switch (selection)
                {
                    case FieldNode field:
                        if (!fieldsByResponseName.TryGetValue(field.ResponseName, out var fields))
                        {
                            fieldsByResponseName[field.ResponseName] = fields = [];
                        }
                        fields.Add(field);
                        break;
                    case FragmentSpreadNode spread:
                        if (visitedFragments.Add(spread.Name.Value) &&
                            context.GetFragment(spread.Name.Value) is { } fragment &&
                            context.Schema.DoesFragmentTypeApply(subscriptionType, fragment.TypeCondition))
                        {
                            CollectFields(subject, subscriptionType, fragment.SelectionSet, fieldsByResponseName, visitedFragments);
                        }
                        break;
                    case InlineFragmentNode inlineFragment:
                        if (context.Schema.DoesFragmentTypeApply(subscriptionType, inlineFragment.TypeCondition))
                        {
                            CollectFields(subject, subscriptionType, inlineFragment.SelectionSet, fieldsByResponseName, visitedFragments);
                        }
                        break;
                }
            }
        }

        private void ReportConditionalDirectives(string subject, ISelectionNode selection)
        {
            foreach (var directive in selection.Directives)
            {
                var name = directive.Name.Value;
                if (name == BuiltInDirectives.Skip.Name || name == BuiltInDirectives.Include.Name)
                {
                    context.ReportError(
                        $"{subject} must not use \"@{name}\" on its root selections: its root field must not depend on variables.",
                        Section,
                        directive);
                }
            }
        }
    }
}
