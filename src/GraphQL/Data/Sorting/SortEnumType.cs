namespace GraphQL.Data;

/// <summary>The direction of one sort key: the GraphQL enum <c>SortEnumType { ASC DESC }</c>.</summary>
public enum SortEnumType
{
    /// <summary>Ascending: smallest first.</summary>
    Asc,

    /// <summary>Descending: largest first.</summary>
    Desc,
}
