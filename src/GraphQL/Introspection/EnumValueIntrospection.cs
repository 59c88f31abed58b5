using GraphQL.Types;

namespace GraphQL.Introspection;

/// <summary><c>__EnumValue</c>: its parent value is an <see cref="EnumValue"/>.</summary>
internal static class EnumValueIntrospection
{
    public static void Define(ObjectType enumValueType)
    {
        enumValueType.Description =
            "One of the values of an enum. In a response it is written as a string holding its name.";
        var fields = enumValueType.Fields;
        fields.Add(new OutputField("name", new NonNullType(BuiltInScalars.String))
        {
            Resolver = IntrospectionResolvers.Read<EnumValue>(value => value.Name),
        });
        fields.Add(new OutputField("description", BuiltInScalars.String)
        {
            Resolver = IntrospectionResolvers.Read<EnumValue>(value => value.Description),
        });
        fields.Add(new OutputField("isDeprecated", new NonNullType(BuiltInScalars.Boolean))
        {
            Resolver = IntrospectionResolvers.Flag<EnumValue>(value => value.IsDeprecated),
        });
        fields.Add(new OutputField("deprecationReason", BuiltInScalars.String)
        {
            Resolver = IntrospectionResolvers.Read<EnumValue>(value => value.DeprecationReason),
        });
    }
}
