using GraphApi.Data.Posts;
using GraphApi.Schema.Errors;
using GraphApi.Schema.Posts.Errors;
using GraphApi.Schema.Text;

namespace GraphApi.Schema.Posts;

/// <summary>What a post's content may be (the limits of <see cref="PostLimits"/>, which the database checks too).</summary>
internal static class PostRules
{
    /// <summary>The first problem of the content, or null when it may be posted.</summary>
    public static IError? Check(string text, IReadOnlyList<string> imageUrls)
    {
        if (TextRules.Length(text) > PostLimits.TextMaxLength)
        {
            return new PostTextTooLongError();
        }
        if (imageUrls.Count > PostLimits.MaxImages)
        {
            return new TooManyImagesError();
        }
        if (imageUrls.FirstOrDefault(url => !TextRules.IsHttpUrl(url, PostLimits.ImageUrlMaxLength)) is { } invalid)
        {
            return new InvalidImageUrlError(invalid);
        }
        if (text.Length == 0 && imageUrls.Count == 0)
        {
            return new EmptyPostError();
        }
        return null;
    }
}
