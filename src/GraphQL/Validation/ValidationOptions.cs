namespace GraphQL.Validation;

/// <summary>How <see cref="DocumentValidator"/> validates a document.</summary>
public sealed class ValidationOptions
{
    /// <summary>HotChocolate's default for the number of validation errors reported.</summary>
    public const int DefaultMaxErrors = 5;

    internal static readonly ValidationOptions Default = new();

    /// <summary>
    /// How many errors are reported at most. When a rule finds one more, validation stops and a last error says
    /// that it was aborted, so a result holds at most <c>MaxErrors + 1</c> errors. At least 1.
    /// </summary>
    public int MaxErrors
    {
        get;
        set => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one error must be allowed.");
    } = DefaultMaxErrors;

    /// <summary>Rules run after the specification's rules (for example one that forbids introspection).</summary>
    public IList<IValidationRule> AdditionalRules { get; } = [];
}
