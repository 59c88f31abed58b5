namespace GraphQL.CostAnalysis;

/// <summary>
/// Limits of operation cost analysis (IBM GraphQL cost specification, as HotChocolate 14 applies it), set through
/// <c>ExecutionOptions.Cost</c>. Each operation's field cost and type cost are computed from the document and the
/// variables before it runs; an operation over a limit is refused with <c>HC0047</c> and nothing runs.
/// </summary>
public sealed class CostOptions
{
    /// <summary>HotChocolate's default for <see cref="MaxFieldCost"/> and <see cref="MaxTypeCost"/>.</summary>
    public const double DefaultMaxCost = 1_000;

    /// <summary>The default for <see cref="DefaultListSize"/>.</summary>
    public const int DefaultDefaultListSize = 10;

    /// <summary>The highest field cost (the work of resolving: field and argument weights times list sizes) allowed.</summary>
    public double MaxFieldCost { get; init => field = Positive(value, nameof(MaxFieldCost)); } = DefaultMaxCost;

    /// <summary>The highest type cost (the objects a response may hold, by type weight times list sizes) allowed.</summary>
    public double MaxTypeCost { get; init => field = Positive(value, nameof(MaxTypeCost)); } = DefaultMaxCost;

    /// <summary>Whether operations over a limit are refused. When off, costs are still computed and reported on request.</summary>
    public bool EnforceCostLimits { get; init; } = true;

    /// <summary>
    /// The size assumed for a list field without <c>@listSize</c> (and for one whose <c>@listSize</c> has no
    /// assumed size and got no slicing argument).
    /// </summary>
    public int DefaultListSize
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(DefaultListSize), value, "The default list size must be at least 0.");
    } = DefaultDefaultListSize;

    private static double Positive(double limit, string name) =>
        limit > 0 && !double.IsNaN(limit) ? limit : throw new ArgumentOutOfRangeException(name, limit, "A cost limit must be more than 0.");
}
