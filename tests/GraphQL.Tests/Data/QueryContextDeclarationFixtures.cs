using GraphQL.Data;
using GraphQL.Types;

namespace GraphQL.Tests.Data;

/// <summary>The row a page is filtered and sorted by; never an output type.</summary>
public sealed class LedgerRow
{
    public int Id { get; init; }

    [Filterable]
    [Sortable]
    public int Amount { get; init; }
}

/// <summary>Another row type, to declare the wrong one.</summary>
public sealed class OtherRow
{
    [Filterable]
    [Sortable]
    public int Weight { get; init; }
}

/// <summary>What the lists show.</summary>
public sealed class LedgerEntry
{
    public int Id { get; init; }

    [Filterable]
    [Sortable]
    public int Amount { get; init; }
}

/// <summary>A <see cref="Page{T}"/> of entries made the way a batched resolver makes one.</summary>
internal static class Ledger
{
    public static readonly LedgerEntry[] Entries = [new() { Id = 1, Amount = 5 }, new() { Id = 2, Amount = 20 }, new() { Id = 3, Amount = 10 }];

    public static Page<LedgerEntry> PageOf(IEnumerable<LedgerEntry> entries) =>
        new([.. entries], hasNextPage: false, hasPreviousPage: false, entry => entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

[QueryType]
public static class PageWithoutQueryContextQueries
{
    [UsePaging]
    [UseFiltering(typeof(LedgerRow))]
    public static Page<LedgerEntry> GetFiltered(PagingArguments paging) => Ledger.PageOf(Ledger.Entries);

    [UsePaging]
    [UseSorting(typeof(LedgerRow))]
    public static Task<Page<LedgerEntry>> GetSortedAsync(PagingArguments paging) => Task.FromResult(Ledger.PageOf(Ledger.Entries));

    [UsePaging]
    [UseFiltering]
    public static Page<LedgerEntry> GetOwnElements(PagingArguments paging) => Ledger.PageOf(Ledger.Entries);
}

[QueryType]
public static class WrongRowQueries
{
    [UsePaging]
    [UseFiltering(typeof(LedgerRow))]
    public static Page<LedgerEntry> GetEntries(PagingArguments paging, QueryContext<OtherRow> query) => Ledger.PageOf(Ledger.Entries);
}

[QueryType]
public static class RowTypeWithoutPageQueries
{
    [UseFiltering(typeof(LedgerRow))]
    public static IQueryable<LedgerEntry> GetEntries(QueryContext<LedgerRow> query) => Ledger.Entries.AsQueryable();
}

[QueryType]
public static class QueryContextWithoutAttributeQueries
{
    [UsePaging]
    public static Page<LedgerEntry> GetEntries(PagingArguments paging, QueryContext<LedgerRow> query) => Ledger.PageOf(Ledger.Entries);

    [UseFiltering]
    public static IQueryable<LedgerEntry> GetOtherRows(QueryContext<OtherRow>? query) => Ledger.Entries.AsQueryable();
}

[QueryType]
public static class PagingArgumentsWithoutPagingQueries
{
    public static LedgerEntry[] GetEntries(PagingArguments paging) => Ledger.Entries;
}

[QueryType]
public static class ValidDeclarationQueries
{
    /// <summary>Filters and sorts its own page of entries: the row type is the element type.</summary>
    [UsePaging]
    [UseFiltering]
    [UseSorting]
    public static Page<LedgerEntry> GetOwnPage(PagingArguments paging, QueryContext<LedgerEntry> query) =>
        Ledger.PageOf(query.Apply(Ledger.Entries.AsQueryable(), entries => entries.OrderBy(entry => entry.Id)));

    /// <summary>Names the element type as its row: the middleware filters the query it returns.</summary>
    [UseFiltering(typeof(LedgerEntry))]
    [UseSorting(typeof(LedgerEntry))]
    public static IQueryable<LedgerEntry> GetNamedElements() => Ledger.Entries.AsQueryable();

    /// <summary>Returns a page, but declares only a list: the middleware cannot see that the resolver paged.</summary>
    [UsePaging]
    [UseFiltering]
    [UseSorting]
    public static IEnumerable<LedgerEntry> GetUndeclaredPage() => Ledger.PageOf(Ledger.Entries);
}
