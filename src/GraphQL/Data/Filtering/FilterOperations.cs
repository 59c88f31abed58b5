namespace GraphQL.Data;

/// <summary>The field names of filter inputs: HotChocolate's operations, plus the case-insensitive string ones.</summary>
internal static class FilterOperations
{
    public const string And = "and";
    public const string Or = "or";

    public const string Equal = "eq";
    public const string NotEqual = "neq";
    public const string In = "in";
    public const string NotIn = "nin";

    public const string GreaterThan = "gt";
    public const string NotGreaterThan = "ngt";
    public const string GreaterThanOrEqual = "gte";
    public const string NotGreaterThanOrEqual = "ngte";
    public const string LowerThan = "lt";
    public const string NotLowerThan = "nlt";
    public const string LowerThanOrEqual = "lte";
    public const string NotLowerThanOrEqual = "nlte";

    public const string Contains = "contains";
    public const string NotContains = "ncontains";
    public const string StartsWith = "startsWith";
    public const string NotStartsWith = "nstartsWith";
    public const string EndsWith = "endsWith";
    public const string NotEndsWith = "nendsWith";

    /// <summary>The suffix of the case-insensitive string operations: <c>eqIgnoreCase</c>, <c>containsIgnoreCase</c>…</summary>
    public const string IgnoreCaseSuffix = "IgnoreCase";

    public const string Some = "some";
    public const string All = "all";
    public const string None = "none";
    public const string Any = "any";

    public static readonly string[] Comparisons =
    [
        GreaterThan, NotGreaterThan, GreaterThanOrEqual, NotGreaterThanOrEqual,
        LowerThan, NotLowerThan, LowerThanOrEqual, NotLowerThanOrEqual,
    ];

    public static readonly string[] StringMatches = [Contains, NotContains, StartsWith, NotStartsWith, EndsWith, NotEndsWith];

    /// <summary>The string operations that also have an <c>…IgnoreCase</c> form.</summary>
    public static readonly string[] CaseInsensitive = [Equal, NotEqual, .. StringMatches];
}
