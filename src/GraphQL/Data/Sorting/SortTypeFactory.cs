using System.Reflection;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;
using GraphQL.Types.Conversion;

namespace GraphQL.Data;

/// <summary>
/// Makes the sort input types with HotChocolate's names and shapes: <c>PostSortInput</c> with one field per
/// <c>[Sortable]</c> property, of type <c>SortEnumType</c> for scalars and enums or the property type's sort input
/// for objects. Each type is made once per schema (looked up by name) and remembers its properties.
/// </summary>
internal sealed class SortTypeFactory(IDataTypeSource source)
{
    private const string SortObjectKey = "GraphQL.Data.SortObject";

    /// <summary>The sort input of <paramref name="clrType"/>, made with its fields the first time.</summary>
    /// <exception cref="InvalidOperationException">The type has no <c>[Sortable]</c> property, or one that cannot be sorted by.</exception>
    public SortObject SortInput(Type clrType)
    {
        var typeName = source.TypeName(clrType);
        var name = typeName + "SortInput";
        var type = source.GetOrAdd(name, () => new InputObjectType(name));
        if (type.ContextData.TryGetValue(SortObjectKey, out var made) && made is SortObject existing)
        {
            return existing.ClrType == clrType
                ? existing
                : throw new InvalidOperationException(
                    $"the sort input '{name}' is claimed by both '{existing.ClrType.FullName}' and '{clrType.FullName}'; rename one of them with [GraphQLName]");
        }
        var sort = new SortObject(clrType, type);
        type.ContextData[SortObjectKey] = sort;
        type.Description = $"Orders {typeName} values by one of these fields (give one field per item of the list).";
        foreach (var property in clrType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.IsDefined(typeof(SortableAttribute), inherit: true) || property.GetMethod is null)
            {
                continue;
            }
            var field = Field(property);
            var fieldName = SchemaConventions.FieldName(property);
            type.Fields.Add(new InputField(fieldName, field.Nested is { } nested ? nested.Type : SortEnum()));
            sort.Fields[fieldName] = field;
        }
        if (sort.Fields.Count == 0)
        {
            throw new InvalidOperationException(
                $"the type '{clrType.FullName}' has no property marked [Sortable], so there is nothing to sort it by; mark the properties clients may sort by");
        }
        return sort;
    }

    private SortField Field(PropertyInfo property)
    {
        if (ClrCollections.ElementType(property.PropertyType) is not null)
        {
            throw new InvalidOperationException(
                $"the [Sortable] property '{property.DeclaringType?.Name}.{property.Name}' is a list, which has no order to sort by; remove [Sortable]");
        }
        var underlying = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return source.LeafType(underlying) is not null ? new SortField(property, Nested: null) : new SortField(property, SortInput(underlying));
    }

    private EnumType SortEnum() => source.GetOrAdd(nameof(SortEnumType), () => new EnumType(nameof(SortEnumType))
    {
        Description = "The direction of a sort key.",
        RuntimeType = typeof(SortEnumType),
        Values =
        {
            new EnumValue("ASC", SortEnumType.Asc) { Description = "Ascending: smallest first." },
            new EnumValue("DESC", SortEnumType.Desc) { Description = "Descending: largest first." },
        },
    });
}
