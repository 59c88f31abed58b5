namespace GraphQL.Language;

/// <summary>Limits and switches for <see cref="Parser"/>; the limits protect a server against abusive documents.</summary>
public sealed class ParserOptions
{
    /// <summary>The options used when none are given.</summary>
    public static readonly ParserOptions Default = new();

    /// <summary>
    /// The most lexical tokens a document may have (ignored tokens such as commas and comments are not counted).
    /// Default 100,000: far above any real operation, well below what exhausts memory or time.
    /// </summary>
    public int MaxTokens { get; init => field = Positive(value, nameof(MaxTokens)); } = 100_000;

    /// <summary>
    /// The deepest nesting allowed, counting together selection sets, list and object values and list types.
    /// Default 100. The parser also stops, with a syntax error, before the call stack runs out.
    /// </summary>
    public int MaxDepth { get; init => field = Positive(value, nameof(MaxDepth)); } = 100;

    /// <summary>When true, nodes get no <see cref="Location"/> (saves memory when locations are not needed).</summary>
    public bool NoLocations { get; init; }

    private static int Positive(int limit, string name) =>
        limit > 0 ? limit : throw new ArgumentOutOfRangeException(name, limit, "A parser limit must be at least 1.");
}
