namespace GraphApi.Schema.Text;

/// <summary>Text matched literally inside a SQL <c>LIKE</c> / <c>ILIKE</c> pattern.</summary>
internal static class LikePattern
{
    public const string EscapeCharacter = "\\";

    /// <summary>The text with <c>%</c>, <c>_</c> and the escape character escaped.</summary>
    public static string Escape(string text) =>
        text.Replace(EscapeCharacter, EscapeCharacter + EscapeCharacter).Replace("%", EscapeCharacter + "%").Replace("_", EscapeCharacter + "_");
}
