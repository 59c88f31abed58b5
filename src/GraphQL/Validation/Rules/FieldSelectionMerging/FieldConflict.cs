using GraphQL.Language;

namespace GraphQL.Validation.Rules.FieldSelectionMerging;

/// <summary>
/// Why two fields selected under the same response name cannot be merged: a reason of their own, or the
/// conflicts between their subfields.
/// </summary>
internal sealed record ConflictReason(string ResponseName, string? Message, IReadOnlyList<ConflictReason> SubReasons)
{
    public string Describe() => Message ?? string.Join(" and ", SubReasons.Select(sub => $"subfields \"{sub.ResponseName}\" conflict because {sub.Describe()}"));
}

/// <summary>A conflict and the field nodes on each side of it (the conflicting fields and, for subfields, their parents).</summary>
internal sealed record FieldConflict(ConflictReason Reason, IReadOnlyList<FieldNode> Fields1, IReadOnlyList<FieldNode> Fields2);
