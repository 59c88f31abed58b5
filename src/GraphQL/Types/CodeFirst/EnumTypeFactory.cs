using System.Reflection;

namespace GraphQL.Types.CodeFirst;

/// <summary>Makes a GraphQL enum of a C# enum: <c>UPPER_SNAKE</c> values whose runtime values are the enum's members.</summary>
internal static class EnumTypeFactory
{
    public static EnumType Create(Type enumType, SchemaConventions conventions)
    {
        var type = new EnumType(SchemaConventions.TypeName(enumType, isInput: false))
        {
            Description = conventions.Description(enumType),
            RuntimeType = enumType,
        };
        foreach (var member in enumType.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (SchemaConventions.IsIgnored(member))
            {
                continue;
            }
            var name = SchemaConventions.EnumValueName(member);
            if (type.Values.Contains(name))
            {
                throw new CodeFirstException(
                    $"The enum '{type.Name}' has the value '{name}' twice (from '{enumType.Name}.{member.Name}'); rename one with [GraphQLName].");
            }
            type.Values.Add(new EnumValue(name, member.GetValue(null)!)
            {
                Description = conventions.Description(member),
                DeprecationReason = SchemaConventions.DeprecationReason(member),
            });
        }
        return type;
    }
}
