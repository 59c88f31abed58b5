using System.Collections;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// Spec 6.4.3 CompleteValue: writes a resolved value into its slot of the result tree. Leaves are serialized,
/// lists completed item by item, objects (abstract ones after type resolution) get a result map whose fields are
/// queued on the execution loop. Every failure adds one error at the failing position and writes null there,
/// which <see cref="ResultNode.SetNull"/> moves up to the nearest nullable position (spec 6.4.4).
/// </summary>
internal static class ValueCompleter
{
    public static void Complete(OperationContext operation, FieldTask field, ResultNode node, int index, IType type, object? value)
    {
        if (value is null)
        {
            if (type is NonNullType)
            {
                var what = node is ResultList ? $"An item of list field \"{field.FieldSelection.Coordinate}\"" : $"Field \"{field.FieldSelection.Coordinate}\"";
                ReportNull(operation, field, node, index, $"{what} is non-null but its value is null.", ErrorCodes.NonNullViolation);
            }
            else
            {
                node.SetNull(index);
            }
            return;
        }
        switch (type.Nullable())
        {
            case ScalarType scalar:
                CompleteScalar(operation, field, node, index, scalar, value);
                break;
            case EnumType enumType:
                CompleteEnum(operation, field, node, index, enumType, value);
                break;
            case ListType list:
                CompleteList(operation, field, node, index, list, value);
                break;
            case ObjectType objectType:
                CompleteObject(operation, field, node, index, objectType, value);
                break;
            case var abstractType:
                CompleteAbstract(operation, field, node, index, (NamedType)abstractType, value);
                break;
        }
    }

    /// <summary>The resolver (or argument coercion) of <paramref name="field"/> threw.</summary>
    public static void Fail(OperationContext operation, FieldTask field, ResultNode node, int index, Exception exception)
    {
        // When the request is cancelled or timed out, the response reports that once; the fields stay silent.
        if (!(exception is OperationCanceledException && operation.RequestAborted.IsCancellationRequested))
        {
            var error = operation.ToError(exception);
            operation.AddError(Locate(error, field.FieldSelection, node.PathOf(index)));
        }
        node.SetNull(index);
    }

    /// <summary>Gives an error the field's locations and the path, unless it brings its own.</summary>
    public static GraphQLError Locate(GraphQLError error, FieldSelection field, ResultPath path)
    {
        if (error.Locations is null)
        {
            error = error.WithLocations(field.Locations);
        }
        return error.Path is null ? error.WithPath(path) : error;
    }

    private static void CompleteScalar(OperationContext operation, FieldTask field, ResultNode node, int index, ScalarType scalar, object value)
    {
        object serialized;
        try
        {
            serialized = scalar.Serialize(value);
        }
        catch (CoercionException error)
        {
            ReportNull(operation, field, node, index, $"Field \"{field.FieldSelection.Coordinate}\" returned a value {scalar.Name} cannot serialize: {error.Message}", ErrorCodes.InvalidLeafValue);
            return;
        }
        node.SetValue(index, serialized);
    }

    private static void CompleteEnum(OperationContext operation, FieldTask field, ResultNode node, int index, EnumType enumType, object value)
    {
        if (enumType.FindByRuntimeValue(value) is { } enumValue)
        {
            node.SetValue(index, enumValue.Name);
            return;
        }
        ReportNull(operation, field, node, index, $"Enum \"{enumType.Name}\" has no value for \"{value}\", returned by field \"{field.FieldSelection.Coordinate}\".", ErrorCodes.InvalidLeafValue);
    }

    private static void CompleteList(OperationContext operation, FieldTask field, ResultNode node, int index, ListType listType, object value)
    {
        if (value is string || value is not IEnumerable items)
        {
            ReportNull(operation, field, node, index, $"List field \"{field.FieldSelection.Coordinate}\" returned a value of type {value.GetType().Name}, which is not a list.", ErrorCodes.ListExpected);
            return;
        }
        var buffered = items as IList ?? Buffer(items);
        var list = new ResultList(buffered.Count, listType.OfType is NonNullType, node, index);
        node.SetValue(index, list);
        for (var i = 0; i < buffered.Count && !list.IsInvalidated; i++)
        {
            Complete(operation, field, list, i, listType.OfType, buffered[i]);
        }
    }

    private static ArrayList Buffer(IEnumerable items)
    {
        var buffer = new ArrayList();
        foreach (var item in items)
        {
            buffer.Add(item);
        }
        return buffer;
    }

    private static void CompleteObject(OperationContext operation, FieldTask field, ResultNode node, int index, ObjectType objectType, object value)
    {
        var fields = operation.GetIncludedFields(field.FieldSelection.GetSubPlan(objectType));
        var map = new ResultMap(fields, node, index);
        node.SetValue(index, map);
        for (var i = 0; i < fields.Length; i++)
        {
            operation.Scheduler.Enqueue(new FieldTask(operation, fields[i], value, map, i));
        }
    }

    private static void CompleteAbstract(OperationContext operation, FieldTask field, ResultNode node, int index, NamedType abstractType, object value)
    {
        ObjectType? resolved;
        try
        {
            resolved = ResolveObjectType(operation.Schema, abstractType, value, field);
        }
        catch (Exception exception)
        {
            Fail(operation, field, node, index, exception);
            return;
        }
        if (resolved is null)
        {
            ReportNull(operation, field, node, index,
                $"The object type of the value of field \"{field.FieldSelection.Coordinate}\" (abstract type \"{abstractType.Name}\") could not be resolved: " +
                $"give \"{abstractType.Name}\" a type resolver, or its possible types a runtime type or IsTypeOf.",
                ErrorCodes.CannotResolveAbstractType);
            return;
        }
        var possibleType = operation.Schema.FindPossibleType(abstractType, resolved.Name);
        if (possibleType is null)
        {
            ReportNull(operation, field, node, index,
                $"Type \"{resolved.Name}\", resolved for field \"{field.FieldSelection.Coordinate}\", is not a possible type of \"{abstractType.Name}\".",
                ErrorCodes.CannotResolveAbstractType);
            return;
        }
        CompleteObject(operation, field, node, index, possibleType, value);
    }

    private static ObjectType? ResolveObjectType(Schema schema, NamedType abstractType, object value, FieldTask field)
    {
        var resolveType = abstractType switch
        {
            InterfaceType interfaceType => interfaceType.ResolveType,
            UnionType unionType => unionType.ResolveType,
            _ => null,
        };
        if (resolveType is not null)
        {
            return resolveType(value, field);
        }
        foreach (var possibleType in schema.GetPossibleTypes(abstractType))
        {
            if (possibleType.IsInstanceOf(value))
            {
                return possibleType;
            }
        }
        return null;
    }

    /// <summary>Reports an error at the position (unless a null above it already made it moot) and writes null there.</summary>
    private static void ReportNull(OperationContext operation, FieldTask field, ResultNode node, int index, string message, string code)
    {
        if (!node.IsDetached)
        {
            operation.AddError(new GraphQLError(message, field.FieldSelection.Locations, node.PathOf(index), ErrorCodes.Extensions(code)));
        }
        node.SetNull(index);
    }
}
