namespace GraphQL.Data;

/// <summary>
/// Schema-wide paging defaults, set with <c>SchemaBuilder.New().ModifyPagingOptions(o => o.MaxPageSize = 100)</c>;
/// each <see cref="UsePagingAttribute"/> may override them for its field.
/// </summary>
public sealed class PagingOptions
{
    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given. Default 10.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest <c>first</c> or <c>last</c> accepted. Default 50.</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>
    /// Whether connections have <c>totalCount: Int!</c> (counted only when selected). Default true: the connection
    /// shape of the design lists it.
    /// </summary>
    public bool IncludeTotalCount { get; set; } = true;

    /// <summary>Whether a request must give <c>first</c> or <c>last</c> (no default page size). Default false.</summary>
    public bool RequirePagingBoundaries { get; set; }
}
