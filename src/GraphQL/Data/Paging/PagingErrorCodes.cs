namespace GraphQL.Data;

/// <summary>The <c>extensions.code</c> values of paging errors, HotChocolate's.</summary>
public static class PagingErrorCodes
{
    /// <summary><c>first</c> or <c>last</c> is larger than the field's maximum page size.</summary>
    public const string MaxPageSizeExceeded = "HC0051";

    /// <summary>Neither <c>first</c> nor <c>last</c> was given to a field that requires paging boundaries.</summary>
    public const string NoPagingBoundaries = "HC0052";

    /// <summary>A cursor is malformed, or was made by another connection or ordering.</summary>
    public const string InvalidCursor = "HC0078";

    /// <summary><c>first</c> or <c>last</c> is negative.</summary>
    public const string MinPageSize = "HC0079";

    /// <summary>Both <c>first</c> and <c>last</c> were given (HotChocolate's "exactly one slicing argument").</summary>
    public const string OneSlicingArgument = "HC0082";
}
