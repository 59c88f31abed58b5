using GraphQL.Execution;

namespace GraphApi.Schema.Posts;

/// <summary>What <c>searchPosts(text:)</c> accepts.</summary>
internal static class SearchText
{
    /// <summary>The longest search text, in characters.</summary>
    public const int MaxLength = 100;

    /// <summary>The error code of a search text that is empty or too long.</summary>
    public const string InvalidCode = "POSTS_INVALID_SEARCH_TEXT";

    /// <summary>The trimmed text; a GraphQL error on the field when it is empty or longer than <see cref="MaxLength"/>.</summary>
    public static string Check(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxLength)
        {
            throw new GraphQLException(
                $"The argument \"text\" of searchPosts must have 1 to {MaxLength} characters (besides surrounding spaces); it has {trimmed.Length}.",
                InvalidCode);
        }
        return trimmed;
    }
}
