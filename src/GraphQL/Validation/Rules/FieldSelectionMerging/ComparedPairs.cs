namespace GraphQL.Validation.Rules.FieldSelectionMerging;

/// <summary>
/// Remembers which pairs (of fragments, or of a field set and a fragment) have been compared, and whether their
/// parents were mutually exclusive then. A comparison with parents that are not mutually exclusive checks more,
/// so it also covers a later comparison with mutually exclusive parents, but not the other way round.
/// </summary>
internal sealed class ComparedPairs<TKey> where TKey : notnull
{
    private readonly Dictionary<TKey, bool> _comparedAsMutuallyExclusive = [];

    /// <summary>Records the comparison; false when an earlier comparison already covers it.</summary>
    public bool TryAdd(TKey pair, bool areMutuallyExclusive)
    {
        if (_comparedAsMutuallyExclusive.TryGetValue(pair, out var earlierWasExclusive) && (areMutuallyExclusive || !earlierWasExclusive))
        {
            return false;
        }
        _comparedAsMutuallyExclusive[pair] = areMutuallyExclusive;
        return true;
    }
}
