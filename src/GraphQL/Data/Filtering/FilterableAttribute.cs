namespace GraphQL.Data;

/// <summary>
/// Makes a property a field of its type's filter input (<c>PostFilterInput</c>), so that <c>[UseFiltering]</c>
/// fields can filter by it. Properties without it never appear in a filter input: filtering is opt-in per property,
/// so a private column cannot become filterable by accident.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class FilterableAttribute : Attribute;
