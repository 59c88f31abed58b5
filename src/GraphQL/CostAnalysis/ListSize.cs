namespace GraphQL.CostAnalysis;

/// <summary>
/// What <c>@listSize</c> says about the size of a list a field returns (IBM GraphQL cost specification).
/// </summary>
/// <param name="AssumedSize">The size assumed when no slicing argument decides it; null for the schema's default list size.</param>
/// <param name="SlicingArguments">Integer arguments whose value bounds the size (the largest given one counts), e.g. <c>first</c>, <c>last</c>.</param>
/// <param name="SizedFields">
/// Fields of the returned object that hold the list instead of the field itself (a connection's <c>edges</c> and
/// <c>nodes</c>); empty when the field itself is the list.
/// </param>
/// <param name="RequireOneSlicingArgument">Whether exactly one slicing argument must be given (the directive's default).</param>
public sealed record ListSize(
    int? AssumedSize,
    IReadOnlyList<string> SlicingArguments,
    IReadOnlyList<string> SizedFields,
    bool RequireOneSlicingArgument = true);
