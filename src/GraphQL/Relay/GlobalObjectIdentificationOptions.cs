namespace GraphQL.Relay;

/// <summary>Settings of Relay's global object identification (<c>AddGlobalObjectIdentification</c>).</summary>
public sealed record GlobalObjectIdentificationOptions
{
    /// <summary>The options used when none are given.</summary>
    public static GlobalObjectIdentificationOptions Default { get; } = new();

    /// <summary>
    /// The most ids one <c>nodes(ids:)</c> selection may fetch (HotChocolate's default, 50); more are refused with
    /// code <c>HC0076</c> before anything is fetched.
    /// </summary>
    public int MaxAllowedNodeBatchSize { get; init; } = 50;
}
