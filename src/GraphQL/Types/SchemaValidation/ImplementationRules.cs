namespace GraphQL.Types;

/// <summary>
/// An object or interface validly implements its interfaces (spec 3.6, IsValidImplementation): each interface once,
/// never itself, every interface of an interface declared too, and every interface field present with a compatible
/// type and the same arguments, any extra argument being optional.
/// </summary>
internal static class ImplementationRules
{
    public static void Validate(SchemaValidationContext context, ComplexType type)
    {
        var kind = type is ObjectType ? "Type" : "Interface type";
        var seen = new HashSet<string>();
        foreach (var implemented in type.Interfaces)
        {
            if (!context.CheckTypeReference(implemented, $"the interfaces of \"{type.Name}\""))
            {
                continue;
            }
            if (implemented.Name == type.Name)
            {
                context.Report($"{kind} \"{type.Name}\" cannot implement itself.");
                continue;
            }
            if (!seen.Add(implemented.Name))
            {
                context.Report($"{kind} \"{type.Name}\" implements interface \"{implemented.Name}\" more than once.");
                continue;
            }
            ValidateInheritedInterfaces(context, type, kind, implemented);
            ValidateFields(context, type, implemented);
        }
    }

    private static void ValidateInheritedInterfaces(SchemaValidationContext context, ComplexType type, string kind, InterfaceType implemented)
    {
        foreach (var inherited in implemented.Interfaces)
        {
            if (inherited.Name == type.Name)
            {
                context.Report($"{kind} \"{type.Name}\" cannot implement \"{implemented.Name}\": "
                    + $"\"{implemented.Name}\" implements \"{type.Name}\", which would make a cycle.");
            }
            else if (!type.Implements(inherited))
            {
                context.Report($"{kind} \"{type.Name}\" must also implement \"{inherited.Name}\", because \"{implemented.Name}\" implements it.");
            }
        }
    }

    private static void ValidateFields(SchemaValidationContext context, ComplexType type, InterfaceType implemented)
    {
        foreach (var expected in implemented.Fields)
        {
            var expectedCoordinate = SchemaCoordinates.Field(implemented, expected);
            var field = type.Fields.Find(expected.Name);
            if (field is null)
            {
                context.Report($"Interface field \"{expectedCoordinate}\" is expected but \"{type.Name}\" does not provide it.");
                continue;
            }
            var coordinate = SchemaCoordinates.Field(type, field);
            if (!IsValidImplementationFieldType(context.Schema, field.Type, expected.Type))
            {
                context.Report($"Interface field \"{expectedCoordinate}\" expects type \"{expected.Type.Print()}\" "
                    + $"but \"{coordinate}\" is of type \"{field.Type.Print()}\".");
            }
            ValidateArguments(context, type, field, implemented, expected);
        }
    }

    private static void ValidateArguments(
        SchemaValidationContext context, ComplexType type, OutputField field, InterfaceType implemented, OutputField expected)
    {
        foreach (var expectedArgument in expected.Arguments)
        {
            var expectedCoordinate = SchemaCoordinates.Argument(implemented, expected, expectedArgument);
            var argument = field.Arguments.Find(expectedArgument.Name);
            if (argument is null)
            {
                context.Report($"Interface field argument \"{expectedCoordinate}\" is expected but \"{SchemaCoordinates.Field(type, field)}\" does not provide it.");
            }
            else if (!argument.Type.IsEqualTo(expectedArgument.Type))
            {
                context.Report($"Interface field argument \"{expectedCoordinate}\" expects type \"{expectedArgument.Type.Print()}\" "
                    + $"but \"{SchemaCoordinates.Argument(type, field, argument)}\" is of type \"{argument.Type.Print()}\".");
            }
        }
        foreach (var argument in field.Arguments)
        {
            if (!expected.Arguments.Contains(argument.Name) && argument.IsRequired)
            {
                context.Report($"Argument \"{SchemaCoordinates.Argument(type, field, argument)}\" cannot be required, "
                    + $"because the interface field \"{SchemaCoordinates.Field(implemented, expected)}\" does not have it.");
            }
        }
    }

    /// <summary>The spec's IsValidImplementationFieldType: the same type, or a covariant (more specific) one.</summary>
    private static bool IsValidImplementationFieldType(Schema schema, IType fieldType, IType implementedType)
    {
        if (fieldType is NonNullType nonNull)
        {
            return IsValidImplementationFieldType(schema, nonNull.OfType, implementedType.Nullable());
        }
        return (fieldType, implementedType) switch
        {
            (_, NonNullType) => false,
            (ListType list, ListType implementedList) => IsValidImplementationFieldType(schema, list.OfType, implementedList.OfType),
            (ListType, _) or (_, ListType) => false,
            (NamedType named, NamedType implementedNamed) => schema.IsSubType(implementedNamed, named),
            _ => false,
        };
    }
}
