namespace GraphQL.Data;

/// <summary>The paging settings of one field: its attribute's values where set, else the schema's <see cref="PagingOptions"/>.</summary>
internal sealed record PagingSettings(int DefaultPageSize, int MaxPageSize, bool IncludeTotalCount, bool RequirePagingBoundaries)
{
    public static PagingSettings Of(UsePagingAttribute attribute, PagingOptions options)
    {
        var settings = new PagingSettings(
            attribute.DefaultPageSizeOrNull ?? options.DefaultPageSize,
            attribute.MaxPageSizeOrNull ?? options.MaxPageSize,
            attribute.IncludeTotalCountOrNull ?? options.IncludeTotalCount,
            attribute.RequirePagingBoundariesOrNull ?? options.RequirePagingBoundaries);
        if (settings.MaxPageSize < 1 || settings.DefaultPageSize < 0 || settings.DefaultPageSize > settings.MaxPageSize)
        {
            throw new InvalidOperationException(
                $"the page sizes must satisfy 0 <= DefaultPageSize <= MaxPageSize and MaxPageSize >= 1, but DefaultPageSize is {settings.DefaultPageSize} and MaxPageSize {settings.MaxPageSize}");
        }
        return settings;
    }
}
