namespace GraphQL.Data;

/// <summary>
/// Limits on the <c>where</c> argument of <c>[UseFiltering]</c> fields. Register one instance in the request's
/// services to change them for the whole schema; <see cref="UseFilteringAttribute"/> may override them per field.
/// </summary>
public sealed class FilteringOptions
{
    /// <summary>The limits used when none are configured.</summary>
    public static FilteringOptions Default { get; } = new();

    /// <summary>
    /// How deep a filter may nest: every filter object counts one level (the <c>where</c> value itself, a nested
    /// object's filter, each item of <c>and</c>/<c>or</c>, a list's <c>some</c>/<c>all</c>/<c>none</c>). Default 8.
    /// </summary>
    public int MaxDepth { get; init; } = 8;

    /// <summary>How many operations (<c>eq</c>, <c>contains</c>, <c>any</c>…) one filter may have in all. Default 50.</summary>
    public int MaxConditions { get; init; } = 50;
}
