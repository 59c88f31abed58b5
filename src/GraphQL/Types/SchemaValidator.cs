namespace GraphQL.Types;

/// <summary>
/// The type system rules of spec section 3, checked when a schema is created. Every broken rule is reported
/// (not only the first), each message naming the type, field, argument or directive at fault.
/// </summary>
internal static class SchemaValidator
{
    public static IReadOnlyList<string> Validate(Schema schema)
    {
        var context = new SchemaValidationContext(schema);
        RootTypeRules.Validate(context);
        foreach (var type in schema.Types)
        {
            NameRules.Validate(context, type.Name, "type", type.Name, allowIntrospection: true);
            switch (type)
            {
                case ComplexType complex:
                    FieldRules.Validate(context, complex);
                    ImplementationRules.Validate(context, complex);
                    break;
                case UnionType union:
                    UnionRules.Validate(context, union);
                    break;
                case EnumType enumType:
                    EnumRules.Validate(context, enumType);
                    break;
                case InputObjectType inputObject:
                    InputObjectRules.Validate(context, inputObject);
                    break;
            }
        }
        InputObjectCycleRule.Validate(context);
        DirectiveDefinitionRules.Validate(context);
        AppliedDirectiveRules.Validate(context);
        return context.Errors;
    }
}
