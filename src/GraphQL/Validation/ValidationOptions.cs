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

    /// <summary>The default for <see cref="MaxFieldComparisons"/>.</summary>
    public const int DefaultMaxFieldComparisons = 100_000;

    /// <summary>
    /// How many pairs of fields the field selection merging rule (5.3.2) may compare in one document. Real documents
    /// need far fewer; a document needing more is rejected with one error instead of taking unbounded time. At least 1.
    /// </summary>
    public int MaxFieldComparisons
    {
        get;
        set => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one comparison must be allowed.");
    } = DefaultMaxFieldComparisons;

    /// <summary>The default for <see cref="MaxAllowedExecutionDepth"/>; see src/GraphQL/ExecutionDepth/README.md for why.</summary>
    public const int DefaultMaxAllowedExecutionDepth = 20;

    /// <summary>
    /// The deepest field nesting an operation may have (HotChocolate's max execution depth: a root field has depth 1);
    /// deeper operations fail validation (<see cref="ExecutionDepth.MaxExecutionDepthRule"/>). Null switches the
    /// check off. At least 1.
    /// </summary>
    public int? MaxAllowedExecutionDepth
    {
        get;
        set => field = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The execution depth allowed must be at least 1.");
    } = DefaultMaxAllowedExecutionDepth;

    /// <summary>
    /// Whether introspection fields (<c>__schema</c>, <c>__type</c>, <c>__typename</c>) and what they select are left
    /// out when the execution depth is measured. Off by default, as in HotChocolate.
    /// </summary>
    public bool SkipIntrospectionFields { get; set; }

    /// <summary>Rules run after the specification's rules (for example one that forbids introspection).</summary>
    public IList<IValidationRule> AdditionalRules { get; } = [];
}
