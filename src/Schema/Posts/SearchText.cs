using GraphQL.Execution;

namespace GraphApi.Schema.Posts;

/// <summary>What <c>searchPosts(text:)</c> accepts.</summary>
internal static class SearchText
{
    /// <summary>The error code of a search text that is empty or too long.</summary>
    public const string InvalidCode = "POSTS_INVALID_SEARCH_TEXT";

    /// <summary>
    /// The trimmed text; a GraphQL error on the field when it is empty or longer than <paramref name="maxLength"/>
    /// (<see cref="PostOptions.MaxSearchTextLength"/>).
    /// </summary>
    public static string Check(string text, int maxLength)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > maxLength)
        {
            throw new GraphQLException(
                $"The argument \"text\" of searchPosts must have 1 to {maxLength} characters (besides surrounding spaces); it has {trimmed.Length}.",
                InvalidCode);
        }
        return trimmed;
    }
}
