namespace GraphQL.Data;

/// <summary>
/// Makes a property a field of its type's sort input (<c>PostSortInput</c>), so that <c>[UseSorting]</c> fields can
/// order by it. Properties without it never appear in a sort input. On a property of an object type, the field
/// is that type's sort input (sorting by a nested value).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class SortableAttribute : Attribute;
