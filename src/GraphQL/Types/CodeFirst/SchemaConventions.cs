using System.Reflection;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// HotChocolate's conventions for names, descriptions and deprecations of code-first types, with the attributes
/// that override them.
/// </summary>
internal sealed class SchemaConventions
{
    private readonly XmlDocumentation _documentation = new();

    /// <summary>
    /// <c>[GraphQLName]</c>, or the CLR name: <c>IPet</c> → <c>Pet</c> for interfaces,
    /// <c>Edge&lt;User&gt;</c> → <c>UserEdge</c>, and input objects end in <c>Input</c> (<c>Foo</c> → <c>FooInput</c>).
    /// </summary>
    public static string TypeName(Type type, bool isInput)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } attribute)
        {
            return attribute.Name;
        }
        var name = ClrTypeName(type);
        return isInput && !name.EndsWith("Input", StringComparison.Ordinal) ? name + "Input" : name;
    }

    /// <summary>Properties are camel-cased; methods also lose <c>Get</c> and <c>Async</c> (<c>GetUserByIdAsync</c> → <c>userById</c>).</summary>
    public static string FieldName(MemberInfo member) =>
        member.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? member switch
        {
            MethodInfo method => NameConventions.ToFieldName(method.Name),
            _ => NameConventions.ToCamelCase(member.Name),
        };

    public static string ArgumentName(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? NameConventions.ToCamelCase(parameter.Name!);

    public static string EnumValueName(FieldInfo member) =>
        member.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? NameConventions.ToEnumValueName(member.Name);

    /// <summary><c>[GraphQLDescription]</c>, else the XML documentation summary.</summary>
    public string? Description(MemberInfo member) =>
        member.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description ?? _documentation.Summary(member);

    /// <summary><c>[GraphQLDescription]</c>, else the parameter's XML documentation.</summary>
    public string? Description(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description ?? _documentation.Parameter(parameter);

    /// <summary>The reason of <c>[GraphQLDeprecated]</c> or <c>[Obsolete]</c>; null when not deprecated.</summary>
    public static string? DeprecationReason(ICustomAttributeProvider element)
    {
        foreach (var attribute in element.GetCustomAttributes(inherit: false))
        {
            switch (attribute)
            {
                case GraphQLDeprecatedAttribute deprecated:
                    return deprecated.Reason;
                case ObsoleteAttribute obsolete:
                    return string.IsNullOrEmpty(obsolete.Message) ? BuiltInDirectives.DefaultDeprecationReason : obsolete.Message;
            }
        }
        return null;
    }

    /// <summary>Types of .NET itself (namespace <c>System…</c>): never mapped to object or input types.</summary>
    public static bool IsFrameworkType(Type type) => type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true;

    public static bool IsIgnored(MemberInfo member) => member.IsDefined(typeof(GraphQLIgnoreAttribute), inherit: false);

    private static string ClrTypeName(Type type)
    {
        var name = CodeFirstException.WithoutArity(type.Name);
        if (type.IsInterface && name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name[1..];
        }
        return type.IsGenericType ? string.Concat(type.GenericTypeArguments.Select(ClrTypeName)) + name : name;
    }
}
