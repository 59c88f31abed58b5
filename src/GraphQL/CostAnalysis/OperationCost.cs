namespace GraphQL.CostAnalysis;

/// <summary>
/// The cost of an operation for given variables: <paramref name="FieldCost"/>, the work of resolving its fields,
/// and <paramref name="TypeCost"/>, the objects its response may hold. Reported as <c>extensions.operationCost</c>.
/// </summary>
public readonly record struct OperationCost(double FieldCost, double TypeCost)
{
    /// <summary>The <c>extensions.operationCost</c> entry: <c>{ "fieldCost": …, "typeCost": … }</c>.</summary>
    public IReadOnlyDictionary<string, object?> ToExtension() =>
        new Dictionary<string, object?> { ["fieldCost"] = FieldCost, ["typeCost"] = TypeCost };
}
