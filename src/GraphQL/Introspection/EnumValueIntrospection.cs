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
        IntrospectionResolvers.AddNameAndDescription<EnumValue>(fields, value => value.Name, value => value.Description);
        IntrospectionResolvers.AddDeprecation<EnumValue>(fields, value => value.DeprecationReason);
    }
}
