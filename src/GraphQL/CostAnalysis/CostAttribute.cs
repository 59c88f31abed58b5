namespace GraphQL.CostAnalysis;

/// <summary>
/// Code-first: gives the field <c>@cost(weight: "…")</c>, replacing the default weight (10 for a resolver that is
/// not pure: async, with services, DataLoaders or middleware; else 1 for composite types and 0 for leaves).
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class CostAttribute(double weight) : Attribute
{
    /// <summary>The weight; at least 0.</summary>
    public double Weight { get; } = double.IsFinite(weight) && weight >= 0
        ? weight
        : throw new ArgumentOutOfRangeException(nameof(weight), weight, "A cost weight is a finite number of at least 0.");
}
