using System.Collections;
using GraphQL.Language;
using GraphQL.Types.Conversion;

namespace GraphQL.Types;

/// <summary>
/// Turns runtime values into literals of an input type, the form in which default values are kept and printed
/// by introspection and SDL. CLR objects are read as <see cref="DefaultFieldResolver"/> reads them.
/// </summary>
public static class ValueLiterals
{
    /// <summary>
    /// The literal for <paramref name="value"/> as a value of <paramref name="type"/>:
    /// <list type="bullet">
    /// <item>null becomes <c>null</c> (an error for a non-null type);</item>
    /// <item>for a list type, any enumerable (other than a string or dictionary) becomes a list; a single value stays a single value, which input coercion accepts for lists;</item>
    /// <item>for an input object, a dictionary supplies fields by GraphQL name; a CLR object supplies them from the
    /// public property or field named like the field's <see cref="InputField.RuntimeName"/> or name (ignoring case),
    /// leaving out members that are null;</item>
    /// <item>for an enum, the value whose runtime value (or name) it is;</item>
    /// <item>for a scalar, the scalar's <see cref="ScalarType.ValueToLiteral"/>.</item>
    /// </list>
    /// </summary>
    /// <exception cref="CoercionException">The value cannot be represented in the type.</exception>
    public static IValueNode FromValue(object? value, IType type)
    {
        if (type is NonNullType nonNull)
        {
            return value is null
                ? throw new CoercionException($"Expected a value of non-null type {type.Print()}, found null.")
                : FromValue(value, nonNull.OfType);
        }
        if (value is null)
        {
            return NullValueNode.Default;
        }
        return type switch
        {
            ListType list when ClrCollections.IsListValue(value) => FromList((IEnumerable)value, list.OfType),
            ListType list => FromValue(value, list.OfType),
            ScalarType scalar => scalar.ValueToLiteral(value),
            EnumType enumType => FromEnum(value, enumType),
            InputObjectType inputObject => FromInputObject(value, inputObject),
            _ => throw new ArgumentException($"{type.Print()} is not an input type.", nameof(type)),
        };
    }

    private static ListValueNode FromList(IEnumerable items, IType itemType)
    {
        var literals = new List<IValueNode>();
        foreach (var item in items)
        {
            literals.Add(FromValue(item, itemType));
        }
        return new ListValueNode(literals);
    }

    private static EnumValueNode FromEnum(object value, EnumType type) =>
        type.FindByRuntimeValue(value) is { } enumValue
            ? new EnumValueNode(enumValue.Name)
            : throw new CoercionException($"Enum {type.Name} cannot represent the value {ValueDisplay.Of(value)}.");

    private static ObjectValueNode FromInputObject(object value, InputObjectType type)
    {
        var fields = new List<ObjectFieldNode>(type.Fields.Count);
        foreach (var field in type.Fields)
        {
            if (TryReadField(value, field, out var fieldValue))
            {
                fields.Add(new ObjectFieldNode(new NameNode(field.Name), FromValue(fieldValue, field.Type)));
            }
        }
        return new ObjectValueNode(fields);
    }

    private static bool TryReadField(object source, InputField field, out object? value)
    {
        switch (source)
        {
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(field.Name, out value);
            case IDictionary<string, object?> map:
                return map.TryGetValue(field.Name, out value);
            default:
                value = DefaultFieldResolver.ReadMember(source, field.RuntimeName ?? field.Name);
                return value is not null;
        }
    }
}
