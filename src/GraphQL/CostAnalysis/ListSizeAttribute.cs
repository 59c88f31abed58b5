namespace GraphQL.CostAnalysis;

/// <summary>
/// Code-first: gives a list field <c>@listSize(…)</c>, which tells cost analysis how many items it returns.
/// <c>[UsePaging]</c> fields get one by themselves (assumed size: the maximum page size; slicing arguments
/// <c>first</c> and <c>last</c>; sized fields <c>edges</c> and <c>nodes</c>); this attribute replaces it.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class ListSizeAttribute : Attribute
{
    private int? _assumedSize;

    /// <summary>The size assumed when no slicing argument is given; unset means the schema's default list size.</summary>
    public int AssumedSize { get => _assumedSize ?? 0; set => _assumedSize = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value)); }

    /// <summary>Integer arguments whose value bounds the size.</summary>
    public string[] SlicingArguments { get; set; } = [];

    /// <summary>Fields of the returned type that hold the list.</summary>
    public string[] SizedFields { get; set; } = [];

    /// <summary>Whether exactly one slicing argument must be given; true by default, as the directive's default.</summary>
    public bool RequireOneSlicingArgument { get; set; } = true;

    internal ListSize ToListSize() => new(_assumedSize, SlicingArguments, SizedFields, RequireOneSlicingArgument);
}
