namespace GraphQL.Data;

/// <summary>The <c>extensions.code</c> values of errors in <c>where</c> and <c>order</c> arguments.</summary>
public static class DataErrorCodes
{
    /// <summary>A filter operation's value cannot be used: null for an operator that needs a value, or an empty <c>in</c> list.</summary>
    public const string InvalidFilter = "FILTER_INVALID_OPERATION";

    /// <summary>A filter nests objects, lists, <c>and</c> and <c>or</c> deeper than <see cref="FilteringOptions.MaxDepth"/>.</summary>
    public const string FilterTooDeep = "FILTER_MAX_DEPTH_EXCEEDED";

    /// <summary>A filter has more operations than <see cref="FilteringOptions.MaxConditions"/>.</summary>
    public const string FilterTooManyConditions = "FILTER_MAX_CONDITIONS_EXCEEDED";

    /// <summary>An item of <c>order</c> sets more than one field.</summary>
    public const string InvalidSort = "SORT_INVALID_ITEM";
}
