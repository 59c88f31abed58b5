using GraphQL.Language;
using GraphQL.Validation.Rules.FieldSelectionMerging;

namespace GraphQL.Validation.Rules;

/// <summary>
/// 5.3.2 Field Selection Merging: fields selected under the same response name, through fragments too, can be
/// merged: they are the same field with the same arguments (unless they are on different object types) and
/// their results have the same shape. A document that needs more than
/// <see cref="ValidationOptions.MaxFieldComparisons"/> comparisons is rejected with one error.
/// </summary>
public sealed class FieldSelectionMergingRule : IValidationRule
{
    private const string Section = "sec-Field-Selection-Merging";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly FieldConflictFinder _finder = new(context);
        private readonly List<FieldConflict> _conflicts = [];
        private bool _tooManyComparisons;

        public override void EnterSelectionSet(SelectionSetNode node)
        {
            if (_tooManyComparisons)
            {
                return;
            }
            _conflicts.Clear();
            try
            {
                _finder.FindConflictsWithin(context.TypeInfo.ParentType, node, _conflicts);
            }
            catch (FieldConflictFinder.TooManyComparisonsException)
            {
                _tooManyComparisons = true;
                context.ReportError(
                    $"The document is too complex to validate: checking that fields selected under the same name can be merged needs more than {context.Options.MaxFieldComparisons} comparisons.",
                    Section,
                    node);
                return;
            }
            foreach (var conflict in _conflicts)
            {
                var reason = conflict.Reason;
                context.ReportError(
                    $"The fields selected as \"{reason.ResponseName}\" conflict because {reason.Describe()}. Use different aliases on the fields to fetch both if this was intentional.",
                    Section,
                    [.. conflict.Fields1, .. conflict.Fields2]);
            }
        }
    }
}
