using GraphQL.Types;

namespace GraphQL.Introspection;

/// <summary>
/// <c>__Type</c>: its parent value is an <see cref="IType"/>, a named type or a <see cref="ListType"/> /
/// <see cref="NonNullType"/> wrapper. Fields that do not apply to the type's kind resolve to null (spec 4.2.3).
/// </summary>
internal static class TypeIntrospection
{
    private static readonly object[] Kinds = [.. Enum.GetValues<TypeKind>().Select(kind => (object)kind)];

    public static void Define(ObjectType typeType, EnumType typeKind, ObjectType fieldType, ObjectType enumValueType, ObjectType inputValueType)
    {
        typeType.Description =
            "Every type of a schema is a __Type, and so are the list and non-null wrappers around them. `kind` says " +
            "which kind of type it is, and only the fields that fit that kind are set: `specifiedByURL` for scalars, " +
            "`fields` and `interfaces` for objects and interfaces, `possibleTypes` for interfaces and unions, " +
            "`enumValues` for enums, `inputFields` and `isOneOf` for input objects, `ofType` for lists and non-null types.";
        var fields = typeType.Fields;
        fields.Add(new OutputField("kind", new NonNullType(typeKind))
        {
            Description = "Which kind of type this is.",
            Resolver = IntrospectionResolvers.Read<IType>(type => Kinds[(int)type.Kind]),
        });
        fields.Add(new OutputField("name", BuiltInScalars.String)
        {
            Description = "The type's name; null for list and non-null types.",
            Resolver = IntrospectionResolvers.Read<IType>(type => (type as NamedType)?.Name),
        });
        fields.Add(new OutputField("description", BuiltInScalars.String)
        {
            Resolver = IntrospectionResolvers.Read<IType>(type => (type as NamedType)?.Description),
        });
        fields.Add(new OutputField("specifiedByURL", BuiltInScalars.String)
        {
            Description = "For a custom scalar: a URL to the specification of its format and behaviour.",
            Resolver = IntrospectionResolvers.Read<IType>(type => (type as ScalarType)?.SpecifiedByUrl),
        });
        fields.Add(IntrospectionResolvers.FilteredList<IType, OutputField>(
            "fields", TypeRefs.ListOf(fieldType), "For objects and interfaces: their fields.",
            type => (type as ComplexType)?.Fields, field => field.IsDeprecated));
        fields.Add(new OutputField("interfaces", TypeRefs.ListOf(typeType))
        {
            Description = "For objects and interfaces: the interfaces they implement.",
            Resolver = IntrospectionResolvers.Read<IType>(type => (type as ComplexType)?.Interfaces),
        });
        fields.Add(new OutputField("possibleTypes", TypeRefs.ListOf(typeType))
        {
            Description = "For interfaces and unions: the object types a value of this type can be.",
            Resolver = context => new ValueTask<object?>(
                context.ParentValue is InterfaceType or UnionType ? context.Schema.GetPossibleTypes((NamedType)context.ParentValue) : null),
        });
        fields.Add(IntrospectionResolvers.FilteredList<IType, EnumValue>(
            "enumValues", TypeRefs.ListOf(enumValueType), "For enums: their values.",
            type => (type as EnumType)?.Values, value => value.IsDeprecated));
        fields.Add(IntrospectionResolvers.FilteredList<IType, InputField>(
            "inputFields", TypeRefs.ListOf(inputValueType), "For input objects: their fields.",
            type => (type as InputObjectType)?.Fields, field => field.IsDeprecated));
        fields.Add(new OutputField("ofType", typeType)
        {
            Description = "For lists and non-null types: the type they wrap.",
            Resolver = IntrospectionResolvers.Read<IType>(type => type switch
            {
                ListType list => list.OfType,
                NonNullType nonNull => nonNull.OfType,
                _ => null,
            }),
        });
        fields.Add(new OutputField("isOneOf", BuiltInScalars.Boolean)
        {
            Description = "For input objects: whether exactly one of their fields must be given (`@oneOf`).",
            Resolver = IntrospectionResolvers.Read<IType>(type => type is InputObjectType input ? IntrospectionResolvers.Box(input.IsOneOf) : null),
        });
    }
}
