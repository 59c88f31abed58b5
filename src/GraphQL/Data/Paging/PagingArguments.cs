using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>
/// The validated paging arguments of one execution of a <c>[UsePaging]</c> field: exactly one of
/// <see cref="First"/> and <see cref="Last"/> is set (the default page size applied, within the maximum), and the
/// cursors as given. A resolver of the field receives it as a parameter, to page by itself (see
/// <see cref="KeysetPaging{T}"/>); the middleware then passes the <see cref="Page{T}"/> it returns through.
/// </summary>
[LocalState(ProvidedBy = "[UsePaging]")]
public readonly record struct PagingArguments(int? First, string? After, int? Last, string? Before)
{
    /// <summary>Whether <c>totalCount</c> is selected (and the connection has it): only then count the rows.</summary>
    public bool IncludeTotalCount { get; init; }

    /// <summary>Whether the page is taken from the end (<c>last</c>).</summary>
    public bool IsBackward => Last is not null;

    /// <summary>The number of items the page holds at most.</summary>
    public int PageSize => First ?? Last ?? 0;
}
