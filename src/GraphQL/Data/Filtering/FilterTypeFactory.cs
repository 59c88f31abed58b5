using System.Reflection;
using GraphQL.Types;
using GraphQL.Types.CodeFirst;
using GraphQL.Types.Conversion;
using static GraphQL.Data.FilterOperations;

namespace GraphQL.Data;

/// <summary>
/// Makes the filter input types with HotChocolate's names and shapes: <c>PostFilterInput</c> for an element type,
/// <c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c>… for scalars, <c>&lt;Enum&gt;OperationFilterInput</c>
/// for enums, <c>ListFilterInputTypeOf&lt;X&gt;FilterInput</c> and <c>List&lt;X&gt;OperationFilterInput</c> for lists.
/// Each type is made once per schema (looked up by name) and remembers how its fields translate.
/// </summary>
internal sealed class FilterTypeFactory(IDataTypeSource source)
{
    private const string FilterObjectKey = "GraphQL.Data.FilterObject";

    /// <summary>Scalars whose operation input has the comparisons (<c>gt</c>, <c>lte</c>…) besides <c>eq</c>/<c>in</c>.</summary>
    private static readonly HashSet<string> ComparableScalars =
        ["Int", "Long", "Float", "Decimal", "DateTime", "Date", "LocalTime", "UUID"];

    private readonly Dictionary<Type, FilterOperand> _operands = [];

    /// <summary>The filter input of <paramref name="clrType"/>, made with its fields the first time.</summary>
    /// <exception cref="InvalidOperationException">The type has no <c>[Filterable]</c> property, or one that cannot be filtered.</exception>
    public FilterObject ObjectFilter(Type clrType)
    {
        var typeName = source.TypeName(clrType);
        var name = typeName + "FilterInput";
        var type = source.GetOrAdd(name, () => new InputObjectType(name));
        if (type.ContextData.TryGetValue(FilterObjectKey, out var made) && made is FilterObject existing)
        {
            return existing.ClrType == clrType
                ? existing
                : throw new InvalidOperationException(
                    $"the filter input '{name}' is claimed by both '{existing.ClrType.FullName}' and '{clrType.FullName}'; rename one of them with [GraphQLName]");
        }
        var filter = new FilterObject(clrType, type);
        type.ContextData[FilterObjectKey] = filter;
        type.Description = $"Filters {typeName} values; the conditions of one object must all hold.";
        var self = new ListType(new NonNullType(type));
        type.Fields.Add(new InputField(And, self) { Description = "Every filter of the list holds." });
        type.Fields.Add(new InputField(Or, self) { Description = "At least one filter of the list holds." });
        foreach (var property in clrType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.IsDefined(typeof(FilterableAttribute), inherit: true) || property.GetMethod is null)
            {
                continue;
            }
            var target = PropertyTarget(property.PropertyType, $"the [Filterable] property '{clrType.Name}.{property.Name}'");
            var fieldName = SchemaConventions.FieldName(property);
            type.Fields.Add(new InputField(fieldName, target.Type));
            filter.Fields[fieldName] = new FilterField(property, target);
        }
        if (filter.Fields.Count == 0)
        {
            throw new InvalidOperationException(
                $"the type '{clrType.FullName}' has no property marked [Filterable], so there is nothing to filter it by; mark the properties clients may filter by");
        }
        return filter;
    }

    private FilterTarget PropertyTarget(Type propertyType, string subject)
    {
        if (ClrCollections.ElementType(propertyType) is { } elementType)
        {
            return List(elementType, subject);
        }
        var underlying = Nullable.GetUnderlyingType(propertyType) ?? propertyType;
        return source.LeafType(underlying) is { } leaf ? Operation(leaf, propertyType) : ObjectFilter(underlying);
    }

    private OperationFilter Operation(NamedType leaf, Type memberType)
    {
        var name = OperationTypePrefix(leaf.Name) + "OperationFilterInput";
        var type = source.GetOrAdd(name, () => CreateOperationType(name, leaf));
        if (!_operands.TryGetValue(memberType, out var operand))
        {
            operand = new FilterOperand(memberType);
            _operands.Add(memberType, operand);
        }
        return new OperationFilter(type, operand);
    }

    private ListFilter List(Type elementType, string subject)
    {
        if (ClrCollections.ElementType(elementType) is not null)
        {
            throw new InvalidOperationException($"{subject} is a list of lists, which cannot be filtered; remove [Filterable]");
        }
        var element = PropertyTarget(elementType, subject);
        var name = element is FilterObject ? "ListFilterInputTypeOf" + element.Type.Name : "List" + element.Type.Name;
        var type = source.GetOrAdd(name, () => new InputObjectType(name)
        {
            Description = $"Filters a list by its elements ({element.Type.Name}).",
            Fields =
            {
                new InputField(All, element.Type) { Description = "Every element matches (true for an empty list)." },
                new InputField(None, element.Type) { Description = "No element matches." },
                new InputField(Some, element.Type) { Description = "At least one element matches." },
                new InputField(Any, BuiltInScalars.Boolean) { Description = "true: the list has elements; false: it is empty." },
            },
        });
        return new ListFilter(type, elementType, element);
    }

    /// <summary>HotChocolate's prefix: the type name, with all-capital names such as <c>UUID</c> and <c>ID</c> as <c>Uuid</c>, <c>Id</c>.</summary>
    private static string OperationTypePrefix(string typeName) =>
        typeName.Length > 1 && typeName.All(char.IsUpper) ? typeName[0] + typeName[1..].ToLowerInvariant() : typeName;

    private static InputObjectType CreateOperationType(string name, NamedType leaf)
    {
        var type = new InputObjectType(name) { Description = $"Operations on a {leaf.Name} value; all that are set must hold." };
        var list = new ListType(leaf);
        if (leaf == BuiltInScalars.String)
        {
            var self = new ListType(new NonNullType(type));
            type.Fields.Add(new InputField(And, self));
            type.Fields.Add(new InputField(Or, self));
        }
        type.Fields.Add(new InputField(Equal, leaf) { Description = "Equal; null matches null values." });
        type.Fields.Add(new InputField(NotEqual, leaf) { Description = "Not equal; null matches values that are not null." });
        if (leaf == BuiltInScalars.Boolean)
        {
            return type;
        }
        if (leaf == BuiltInScalars.String)
        {
            type.Fields.Add(new InputField(Contains, leaf));
            type.Fields.Add(new InputField(NotContains, leaf));
        }
        type.Fields.Add(new InputField(In, list) { Description = "One of the values (at least one must be given)." });
        type.Fields.Add(new InputField(NotIn, list) { Description = "None of the values (at least one must be given)." });
        if (leaf == BuiltInScalars.String)
        {
            foreach (var operation in new[] { StartsWith, NotStartsWith, EndsWith, NotEndsWith })
            {
                type.Fields.Add(new InputField(operation, leaf));
            }
            foreach (var operation in CaseInsensitive)
            {
                type.Fields.Add(new InputField(operation + IgnoreCaseSuffix, leaf)
                {
                    Description = $"'{operation}', ignoring case (both sides lower-cased).",
                });
            }
        }
        else if (ComparableScalars.Contains(leaf.Name))
        {
            foreach (var operation in Comparisons)
            {
                type.Fields.Add(new InputField(operation, leaf));
            }
        }
        return type;
    }
}
