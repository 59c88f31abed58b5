using System.Text.RegularExpressions;
using GraphApi.Data.Posts;

namespace GraphApi.Schema.Posts;

/// <summary>
/// What a post's text refers to: <c>@handle</c> mentions and <c>#tag</c> hashtags. A mention or hashtag starts the text
/// or follows a character that cannot be part of a word (so <c>ada@example.com</c> mentions nobody and <c>a#b</c> has no
/// tag). Handles are matched in any letter case and returned in lower case, as they are stored; a handle's trailing dots
/// end the sentence, not the handle. Hashtags are letters, digits and underscores, at most
/// <see cref="PostLimits.HashtagMaxLength"/> of them (a longer run is not a hashtag), returned in lower case. Each is
/// returned once, in the order of first appearance.
/// </summary>
internal static partial class PostText
{
    public static IReadOnlyList<string> MentionedHandles(string text) =>
        Mention().Matches(text)
            .Select(match => match.Groups["handle"].Value.TrimEnd('.').ToLowerInvariant())
            .Where(handle => handle.Length >= 3)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<string> Hashtags(string text) =>
        Hashtag().Matches(text)
            .Select(match => match.Groups["tag"].Value)
            .Where(tag => tag.Length <= PostLimits.HashtagMaxLength)
            .Select(NormalizeHashtag)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>A hashtag as stored and compared: without a leading <c>#</c>, trimmed, in lower case.</summary>
    public static string NormalizeHashtag(string tag) => tag.Trim().TrimStart('#').ToLowerInvariant();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.@])@(?<handle>[A-Za-z0-9_.]{3,30})(?![A-Za-z0-9_])")]
    private static partial Regex Mention();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_#&])#(?<tag>[\p{L}\p{N}_]+)")]
    private static partial Regex Hashtag();
}
