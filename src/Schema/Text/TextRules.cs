namespace GraphApi.Schema.Text;

/// <summary>Checks on text input that several domains share.</summary>
internal static class TextRules
{
    /// <summary>The length in Unicode code points, as PostgreSQL's <c>char_length</c> counts it.</summary>
    public static int Length(string text) => text.EnumerateRunes().Count();

    /// <summary>An absolute http or https URL of at most <paramref name="maxLength"/> characters.</summary>
    public static bool IsHttpUrl(string url, int maxLength) =>
        url.Length <= maxLength
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
