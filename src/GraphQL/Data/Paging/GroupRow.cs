namespace GraphQL.Data;

/// <summary>
/// A row of <see cref="KeysetPaging{T}.PerGroup"/>: the group (the parent) it belongs to, one item of the group's page,
/// and, when <c>totalCount</c> is selected, the number of items of the whole group, counted in the same statement.
/// </summary>
public sealed class GroupRow<TKey, T>
{
    public TKey Key { get; init; } = default!;

    /// <summary>An item of the group's page; null in the one row of a counted group whose page is empty.</summary>
    public T? Item { get; init; }

    /// <summary>The group's items without the cursors; null when <see cref="PagingArguments.IncludeTotalCount"/> is not set.</summary>
    public int? TotalCount { get; init; }
}

/// <summary>A group and the number of its items: the inner part of a counted <see cref="KeysetPaging{T}.PerGroup"/>.</summary>
internal sealed class GroupTotal<TKey>
{
    public TKey Key { get; init; } = default!;

    public int Count { get; init; }
}
