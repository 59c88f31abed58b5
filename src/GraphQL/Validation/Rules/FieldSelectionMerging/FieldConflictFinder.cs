using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules.FieldSelectionMerging;

/// <summary>
/// The field selection merging algorithm (spec 5.3.2, FieldsInSetCanMerge and SameResponseShape), following
/// fragments. To stay fast on documents with many fragments it caches the fields each selection set collects and
/// compares each pair of fragments, and each field set with each fragment, only once; and it stops with
/// <see cref="TooManyComparisonsException"/> after <see cref="ValidationOptions.MaxFieldComparisons"/> comparisons of
/// two fields. One finder serves one validation; it is not thread-safe.
/// </summary>
internal sealed class FieldConflictFinder(ValidationContext context)
{
    private readonly Schema _schema = context.Schema;
    private readonly int _maxComparisons = context.Options.MaxFieldComparisons;
    private readonly Dictionary<SelectionSetNode, CollectedFields> _collectedFields = new(ReferenceEqualityComparer.Instance);
    private readonly ComparedPairs<(string, string)> _comparedFragments = new();
    private readonly ComparedPairs<(CollectedFields, string)> _comparedFieldsAndFragments = new();
    private int _comparisons;

    /// <summary>Adds to <paramref name="conflicts"/> the conflicts between fields selected by one selection set.</summary>
    public void FindConflictsWithin(NamedType? parentType, SelectionSetNode selectionSet, List<FieldConflict> conflicts)
    {
        if (HasOnlyDistinctFields(selectionSet))
        {
            return;
        }
        var collected = Collect(parentType, selectionSet);
        CollectConflictsWithin(conflicts, collected);
        var fragmentNames = collected.FragmentNames;
        for (var i = 0; i < fragmentNames.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive: false, collected, fragmentNames[i]);
            for (var j = i + 1; j < fragmentNames.Count; j++)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive: false, fragmentNames[i], fragmentNames[j]);
            }
        }
    }

    /// <summary>
    /// Whether a selection set holds only fields, each under its own response name: then nothing in it can conflict,
    /// which is the common case and needs no collecting.
    /// </summary>
    private static bool HasOnlyDistinctFields(SelectionSetNode selectionSet)
    {
        const int SmallSetSize = 16;
        var selections = selectionSet.Selections;
        var seen = selections.Count > SmallSetSize ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (var i = 0; i < selections.Count; i++)
        {
            if (selections[i] is not FieldNode field)
            {
                return false;
            }
            if (seen is not null ? !seen.Add(field.ResponseName) : IsAmongFirst(selections, i, field.ResponseName))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsAmongFirst(IReadOnlyList<ISelectionNode> selections, int count, string responseName)
    {
        for (var j = 0; j < count; j++)
        {
            if (((FieldNode)selections[j]).ResponseName == responseName)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Conflicts among the fields of one set: every pair under the same response name.</summary>
    private void CollectConflictsWithin(List<FieldConflict> conflicts, CollectedFields collected)
    {
        foreach (var (responseName, fields) in collected.Fields)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(areMutuallyExclusive: false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    /// <summary>Conflicts between the fields of two sets that share a response name.</summary>
    private void CollectConflictsBetween(List<FieldConflict> conflicts, bool areMutuallyExclusive, CollectedFields first, CollectedFields second)
    {
        foreach (var (responseName, fields1) in first.Fields)
        {
            if (!second.Fields.TryGetValue(responseName, out var fields2))
            {
                continue;
            }
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(areMutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        List<FieldConflict> conflicts,
        bool areMutuallyExclusive,
        CollectedFields fields,
        string fragmentName)
    {
        if (!_comparedFieldsAndFragments.TryAdd((fields, fragmentName), areMutuallyExclusive) ||
            CollectFragment(fragmentName) is not { } fragmentFields ||
            ReferenceEquals(fields, fragmentFields))
        {
            return;
        }
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields, fragmentFields);
        foreach (var referencedFragment in fragmentFields.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields, referencedFragment);
        }
    }

    private void CollectConflictsBetweenFragments(List<FieldConflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        if (fragmentName1 == fragmentName2)
        {
            return;
        }
        var orderedPair = string.CompareOrdinal(fragmentName1, fragmentName2) < 0
            ? (fragmentName1, fragmentName2)
            : (fragmentName2, fragmentName1);
        if (!_comparedFragments.TryAdd(orderedPair, areMutuallyExclusive) ||
            CollectFragment(fragmentName1) is not { } fields1 ||
            CollectFragment(fragmentName2) is not { } fields2)
        {
            return;
        }
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
        foreach (var referenced in fields2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced);
        }
        foreach (var referenced in fields1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced, fragmentName2);
        }
    }

    /// <summary>Conflicts between the subfields of two fields, which are merged when both are selected.</summary>
    private List<FieldConflict> FindConflictsBetweenSubSelections(
        bool areMutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<FieldConflict>();
        var fields1 = Collect(parentType1, selectionSet1);
        var fields2 = Collect(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
        foreach (var fragmentName in fields2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields1, fragmentName);
        }
        foreach (var fragmentName in fields1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields2, fragmentName);
        }
        foreach (var fragmentName1 in fields1.FragmentNames)
        {
            foreach (var fragmentName2 in fields2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
            }
        }
        return conflicts;
    }

    /// <summary>
    /// Whether two fields under the same response name conflict. Fields of two different object types can never
    /// be selected for the same object, so then (and below such fields) only the shapes of their results must
    /// agree; otherwise they must also be the same field with the same arguments.
    /// </summary>
    private FieldConflict? FindConflict(bool areMutuallyExclusive, string responseName, CollectedField field1, CollectedField field2)
    {
        var node1 = field1.Node;
        var node2 = field2.Node;
        if (ReferenceEquals(node1, node2))
        {
            // The same selection reached through two fragments: it agrees with itself.
            return null;
        }
        if (++_comparisons > _maxComparisons)
        {
            throw new TooManyComparisonsException();
        }
        areMutuallyExclusive = areMutuallyExclusive ||
            (field1.ParentType is ObjectType && field2.ParentType is ObjectType && field1.ParentType.Name != field2.ParentType.Name);

        if (!areMutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return Conflict(responseName, $"\"{node1.Name.Value}\" and \"{node2.Name.Value}\" are different fields", node1, node2);
            }
            if (!ValueNodeEquality.ArgumentsAreEqual(node1.Arguments, node2.Arguments))
            {
                return Conflict(responseName, "they have different arguments", node1, node2);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return Conflict(responseName, $"they return conflicting types \"{type1.Print()}\" and \"{type2.Print()}\"", node1, node2);
        }

        if (node1.SelectionSet is null || node2.SelectionSet is null)
        {
            return null;
        }
        var subConflicts = FindConflictsBetweenSubSelections(
            areMutuallyExclusive,
            type1?.NamedType(),
            node1.SelectionSet,
            type2?.NamedType(),
            node2.SelectionSet);
        if (subConflicts.Count == 0)
        {
            return null;
        }
        var reasons = new List<ConflictReason>(subConflicts.Count);
        var fields1 = new List<FieldNode> { node1 };
        var fields2 = new List<FieldNode> { node2 };
        foreach (var subConflict in subConflicts)
        {
            reasons.Add(subConflict.Reason);
            fields1.AddRange(subConflict.Fields1);
            fields2.AddRange(subConflict.Fields2);
        }
        return new FieldConflict(new ConflictReason(responseName, null, reasons), fields1, fields2);
    }

    private static FieldConflict Conflict(string responseName, string message, FieldNode node1, FieldNode node2) =>
        new(new ConflictReason(responseName, message, []), [node1], [node2]);

    /// <summary>SameResponseShape on the types alone: lists and non-null must match level by level, leaves must be equal.</summary>
    private static bool DoTypesConflict(IType type1, IType type2) => (type1, type2) switch
    {
        (ListType list1, ListType list2) => DoTypesConflict(list1.OfType, list2.OfType),
        (ListType, _) or (_, ListType) => true,
        (NonNullType nonNull1, NonNullType nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
        (NonNullType, _) or (_, NonNullType) => true,
        _ when type1.IsLeafType() || type2.IsLeafType() => !type1.IsEqualTo(type2),
        _ => false,
    };

    private CollectedFields? CollectFragment(string fragmentName) =>
        context.GetFragment(fragmentName) is { } fragment
            ? Collect(_schema.FindType(fragment.TypeCondition.Name.Value), fragment.SelectionSet)
            : null;

    /// <summary>The fields a selection set selects by response name, inline fragments included, and the fragments it spreads.</summary>
    private CollectedFields Collect(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (!_collectedFields.TryGetValue(selectionSet, out var collected))
        {
            collected = new CollectedFields();
            CollectInto(parentType, selectionSet, collected);
            _collectedFields[selectionSet] = collected;
        }
        return collected;
    }

    private void CollectInto(NamedType? parentType, SelectionSetNode selectionSet, CollectedFields collected)
    {
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    var definition = parentType is null ? null : _schema.FindField(parentType, field.Name.Value);
                    collected.AddField(new CollectedField(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    collected.AddFragment(spread.Name.Value);
                    break;
                case InlineFragmentNode inlineFragment:
                    var typeCondition = inlineFragment.TypeCondition is { } condition ? _schema.FindType(condition.Name.Value) : parentType;
                    CollectInto(typeCondition, inlineFragment.SelectionSet, collected);
                    break;
            }
        }
    }

    /// <summary>Thrown when a document needs more comparisons than allowed.</summary>
    internal sealed class TooManyComparisonsException : Exception;
}
