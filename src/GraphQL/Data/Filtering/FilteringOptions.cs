namespace GraphQL.Data;

/// <summary>
/// Schema-wide limits on the <c>where</c> argument of <c>[UseFiltering]</c> fields, set with
/// <c>SchemaBuilder.New().ModifyFilteringOptions(o =&gt; o.MaxConditions = 100)</c>; each
/// <see cref="UseFilteringAttribute"/> may override them for its field.
/// </summary>
public sealed class FilteringOptions
{
    /// <summary>
    /// How deep a filter may nest: every filter object counts one level (the <c>where</c> value itself, a nested
    /// object's filter, each item of <c>and</c>/<c>or</c>, a list's <c>some</c>/<c>all</c>/<c>none</c>). Default 8.
    /// </summary>
    public int MaxDepth { get; set; } = 8;

    /// <summary>How many operations (<c>eq</c>, <c>contains</c>, <c>any</c>…) one filter may have in all. Default 50.</summary>
    public int MaxConditions { get; set; } = 50;
}
