using GraphQL.Language;
using GraphQL.Validation.Rules.FieldSelectionMerging;

namespace GraphQL.Validation.Rules;

/// <summary>
/// 5.3.2 Field Selection Merging: fields selected under the same response name, through fragments too, can be
/// merged: they are the same field with the same arguments (unless they are on different object types) and
/// their results have the same shape.
/// </summary>
public sealed class FieldSelectionMergingRule : IValidationRule
{
    private const string Section = "sec-Field-Selection-Merging";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly FieldConflictFinder _finder = new(context);
        private readonly List<FieldConflict> _conflicts = [];

        public override void EnterSelectionSet(SelectionSetNode node)
        {
            _conflicts.Clear();
            _finder.FindConflictsWithin(context.TypeInfo.ParentType, node, _conflicts);
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
