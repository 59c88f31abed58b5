namespace GraphQL.Types;

/// <summary>
/// Deprecates a field, argument, input field or enum value (<c>@deprecated(reason:)</c>).
/// <see cref="ObsoleteAttribute"/> is honoured the same way.
/// </summary>
[AttributeUsage(
    AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field,
    Inherited = false)]
public sealed class GraphQLDeprecatedAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
