using System.Collections;
using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Types.Conversion;

namespace GraphQL.Execution;

/// <summary>
/// Input coercion (spec 3.x "Input Coercion", 6.1.2, 6.4.1): turns variable values (as parsed from JSON) and literals
/// into runtime values — scalars through their <see cref="ScalarType"/>, enums to <see cref="EnumValue.Value"/>,
/// input objects to <see cref="InputObjectType.CreateRuntimeValue"/> or an ordered dictionary, and a single value
/// given for a list to a list of one. Failures throw <see cref="InvalidInputException"/>.
/// </summary>
internal static class InputCoercer
{
    private static readonly IReadOnlyDictionary<string, object?> EmptyVariables = new Dictionary<string, object?>();

    /// <summary>Coerces an external value; null is allowed only for nullable types.</summary>
    public static object? CoerceValue(object? value, IType type)
    {
        if (value is null)
        {
            return type is NonNullType
                ? throw new InvalidInputException($"Expected a value of non-null type \"{type.Print()}\" but found null.", null, ErrorCodes.NonNullViolation)
                : null;
        }
        return type.Nullable() switch
        {
            ListType list => CoerceListValue(value, list),
            InputObjectType inputObject => CoerceInputObjectValue(value, inputObject),
            EnumType enumType => CoerceEnumValue(value, enumType),
            ScalarType scalar => CoerceScalar(value, scalar, static (s, v) => s.ParseValue(v)),
            var other => throw new InvalidInputException($"\"{other.Print()}\" is not an input type.", value),
        };
    }

    /// <summary>
    /// Coerces a literal. Variables take their coerced values; a variable without a value counts as absent
    /// (<paramref name="isAbsent"/>): the caller applies a default or leaves the entry out.
    /// </summary>
    public static object? CoerceLiteral(IValueNode literal, IType type, IReadOnlyDictionary<string, object?> variables, out bool isAbsent)
    {
        isAbsent = false;
        if (literal is VariableNode variable)
        {
            if (!variables.TryGetValue(variable.Name.Value, out var value))
            {
                isAbsent = true;
                return null;
            }
            return value is null && type is NonNullType
                ? throw new InvalidInputException($"Expected a value of non-null type \"{type.Print()}\" but variable \"${variable.Name.Value}\" is null.", literal, ErrorCodes.NonNullViolation)
                : value;
        }
        if (literal is NullValueNode)
        {
            return type is NonNullType
                ? throw new InvalidInputException($"Expected a value of non-null type \"{type.Print()}\" but found null.", literal, ErrorCodes.NonNullViolation)
                : null;
        }
        return type.Nullable() switch
        {
            ListType list => CoerceListLiteral(literal, list, variables),
            InputObjectType inputObject => CoerceInputObjectLiteral(literal, inputObject, variables),
            EnumType enumType => literal is EnumValueNode name
                ? FindEnumValue(enumType, name.Value, literal)
                : throw new InvalidInputException($"Enum \"{enumType.Name}\" expects one of its value names.", literal),
            ScalarType scalar => CoerceScalar(literal, scalar, static (s, l) => s.ParseLiteral(l)),
            var other => throw new InvalidInputException($"\"{other.Print()}\" is not an input type.", literal),
        };
    }

    /// <summary>
    /// Applies the <see cref="InputField.Formatter"/> of an argument or input field to its coerced value;
    /// <paramref name="given"/> is what the client wrote, for the error.
    /// </summary>
    public static object? Format(InputField field, object? value, object? given)
    {
        if (field.Formatter is not { } formatter || value is null)
        {
            return value;
        }
        try
        {
            return formatter(value);
        }
        catch (CoercionException error)
        {
            throw new InvalidInputException(error.Message, given);
        }
    }

    /// <summary>Coerces a default value (a literal without variables) of an argument, input field or variable.</summary>
    public static object? CoerceDefault(IValueNode defaultValue, IType type) =>
        CoerceLiteral(defaultValue, type, EmptyVariables, out _);

    private static object?[] CoerceListValue(object value, ListType list)
    {
        // Only a list is taken item by item; any other value (a string included) is a list of one (spec 3.11).
        if (!ClrCollections.IsListValue(value))
        {
            return [CoerceValue(value, list.OfType)];
        }
        var result = new List<object?>(value is ICollection collection ? collection.Count : 4);
        foreach (var item in (IEnumerable)value)
        {
            result.Add(CoerceListItem(item, list.OfType, result.Count, static (v, t) => CoerceValue(v, t)));
        }
        return [.. result];
    }

    private static object?[] CoerceListLiteral(IValueNode literal, ListType list, IReadOnlyDictionary<string, object?> variables)
    {
        if (literal is not ListValueNode items)
        {
            return [CoerceLiteralItem(literal, list.OfType, variables)];
        }
        var result = new object?[items.Values.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = CoerceListItem(items.Values[i], list.OfType, i, (item, type) => CoerceLiteralItem(item, type, variables));
        }
        return result;
    }

    /// <summary>
    /// An item of a list value. When the item type is itself a list, the item must be a list (or null): the
    /// single-value rule applies to the value given for a list, not to the items inside one (spec 3.11's table:
    /// <c>[1, 2, 3]</c> is not a valid <c>[[Int]]</c>).
    /// </summary>
    private static object? CoerceListItem<TItem>(TItem item, IType itemType, int index, Func<TItem, IType, object?> coerce)
    {
        try
        {
            if (itemType.Nullable() is ListType && !IsListOrNull(item))
            {
                throw new InvalidInputException($"Expected a list for the item of type \"{itemType.Print()}\".", item);
            }
            return coerce(item, itemType);
        }
        catch (InvalidInputException error)
        {
            throw error.Inside(index);
        }
    }

    private static bool IsListOrNull(object? item) => item switch
    {
        null or NullValueNode or VariableNode or ListValueNode => true,
        SyntaxNode => false,
        _ => ClrCollections.IsListValue(item),
    };

    /// <summary>A list item given by a variable with no value is null (spec 3.11: "If a variable ... is not provided, null").</summary>
    private static object? CoerceLiteralItem(IValueNode item, IType itemType, IReadOnlyDictionary<string, object?> variables)
    {
        var value = CoerceLiteral(item, itemType, variables, out var isAbsent);
        return isAbsent && itemType is NonNullType
            ? throw new InvalidInputException($"Expected a value of non-null type \"{itemType.Print()}\" but variable \"${((VariableNode)item).Name.Value}\" has no value.", item, ErrorCodes.NonNullViolation)
            : value;
    }

    private static object CoerceInputObjectValue(object value, InputObjectType type)
    {
        if (value is not IReadOnlyDictionary<string, object?> given)
        {
            throw new InvalidInputException($"Input object \"{type.Name}\" expects an object.", value);
        }
        foreach (var name in given.Keys)
        {
            if (!type.Fields.Contains(name))
            {
                throw new InvalidInputException($"Input object \"{type.Name}\" has no field named \"{name}\".", value);
            }
        }
        var fields = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (given.TryGetValue(field.Name, out var fieldValue))
            {
                fields[field.Name] = CoerceField(field, fieldValue, static (v, t) => CoerceValue(v, t));
            }
            else
            {
                AddDefaultOrRequire(fields, field, type, value);
            }
        }
        return CreateInputObject(type, fields, value);
    }

    private static object CoerceInputObjectLiteral(IValueNode literal, InputObjectType type, IReadOnlyDictionary<string, object?> variables)
    {
        if (literal is not ObjectValueNode objectLiteral)
        {
            throw new InvalidInputException($"Input object \"{type.Name}\" expects an object.", literal);
        }
        foreach (var given in objectLiteral.Fields)
        {
            if (!type.Fields.Contains(given.Name.Value))
            {
                throw new InvalidInputException($"Input object \"{type.Name}\" has no field named \"{given.Name.Value}\".", literal);
            }
        }
        var fields = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var given = objectLiteral.Fields.FindByName(field.Name);
            var isAbsent = given is null;
            if (given is not null)
            {
                var value = CoerceField(field, given.Value, (node, t) => CoerceLiteral(node, t, variables, out isAbsent));
                if (!isAbsent)
                {
                    fields[field.Name] = value;
                }
            }
            if (isAbsent)
            {
                AddDefaultOrRequire(fields, field, type, literal);
            }
        }
        return CreateInputObject(type, fields, literal);
    }

    private static object? CoerceField<TValue>(InputField field, TValue value, Func<TValue, IType, object?> coerce)
    {
        try
        {
            return Format(field, coerce(value, field.Type), value);
        }
        catch (InvalidInputException error)
        {
            throw error.Inside(field.Name);
        }
    }

    private static void AddDefaultOrRequire(OrderedDictionary<string, object?> fields, InputField field, InputObjectType type, object? value)
    {
        if (field.DefaultValue is not null)
        {
            fields[field.Name] = Format(field, CoerceDefault(field.DefaultValue, field.Type), field.DefaultValue);
        }
        else if (field.Type is NonNullType)
        {
            throw new InvalidInputException(
                $"Input object \"{type.Name}\" requires field \"{field.Name}\" of type \"{field.Type.Print()}\", which was not given.",
                value,
                ErrorCodes.NonNullViolation);
        }
    }

    private static object CreateInputObject(InputObjectType type, OrderedDictionary<string, object?> fields, object? value)
    {
        if (type.IsOneOf)
        {
            CheckOneOf(type, fields, value);
        }
        if (type.CreateRuntimeValue is not { } create)
        {
            return fields;
        }
        try
        {
            return create(fields);
        }
        catch (InputConversionException error)
        {
            // A field's value that its CLR member cannot hold (an ID that is no Guid) is a coercion error like any other.
            throw new InvalidInputException(error.Message, value);
        }
    }

    private static void CheckOneOf(InputObjectType type, OrderedDictionary<string, object?> fields, object? value)
    {
        if (fields.Count != 1)
        {
            throw new InvalidInputException(
                $"Input object \"{type.Name}\" is @oneOf: exactly one field must be given, but {fields.Count} were.",
                value,
                ErrorCodes.OneOfFieldCount);
        }
        var (name, fieldValue) = fields.GetAt(0);
        if (fieldValue is null)
        {
            throw new InvalidInputException($"Field \"{name}\" of @oneOf input object \"{type.Name}\" must not be null.", value, ErrorCodes.OneOfFieldIsNull)
                .Inside(name);
        }
    }

    private static object CoerceEnumValue(object value, EnumType type) => value is string name
        ? FindEnumValue(type, name, value)
        : throw new InvalidInputException($"Enum \"{type.Name}\" expects the name of one of its values.", value);

    private static object FindEnumValue(EnumType type, string name, object? given) =>
        type.Values.Find(name)?.Value ?? throw new InvalidInputException($"Enum \"{type.Name}\" has no value named \"{name}\".", given);

    private static object CoerceScalar<TInput>(TInput input, ScalarType scalar, Func<ScalarType, TInput, object> parse)
    {
        try
        {
            return parse(scalar, input);
        }
        catch (CoercionException error)
        {
            throw new InvalidInputException(error.Message, input);
        }
    }
}
