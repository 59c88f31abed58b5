using System.Reflection;
using System.Text;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// The ids the C# compiler gives members in XML documentation files (<c>T:Ns.Type</c>, <c>P:Ns.Type.Name</c>,
/// <c>M:Ns.Type.Method(System.String,System.Int32)</c>, <c>F:Ns.Enum.Member</c>).
/// </summary>
internal static class XmlDocumentationIds
{
    /// <summary>The member's id, or null for members the compiler does not document (events, nested generics…).</summary>
    public static string? Of(MemberInfo member) => member switch
    {
        Type type => "T:" + TypeName(type),
        PropertyInfo property => $"P:{TypeName(property.DeclaringType!)}.{property.Name}",
        FieldInfo field => $"F:{TypeName(field.DeclaringType!)}.{field.Name}",
        MethodBase method => "M:" + MethodName(method),
        _ => null,
    };

    private static string TypeName(Type type)
    {
        if (type.IsConstructedGenericType)
        {
            type = type.GetGenericTypeDefinition();
        }
        var name = type.FullName ?? type.Name;
        return name.Replace('+', '.');
    }

    private static string MethodName(MethodBase method)
    {
        var builder = new StringBuilder(TypeName(method.DeclaringType!)).Append('.');
        builder.Append(method is ConstructorInfo ? "#ctor" : method.Name);
        if (method.IsGenericMethodDefinition)
        {
            builder.Append("``").Append(method.GetGenericArguments().Length);
        }
        var parameters = method.GetParameters();
        if (parameters.Length > 0)
        {
            builder.Append('(').AppendJoin(',', parameters.Select(p => ParameterTypeName(p.ParameterType))).Append(')');
        }
        return builder.ToString();
    }

    private static string ParameterTypeName(Type type)
    {
        if (type.IsByRef)
        {
            return ParameterTypeName(type.GetElementType()!) + "@";
        }
        if (type.IsArray)
        {
            return ParameterTypeName(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }
        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }
        if (!type.IsGenericType)
        {
            return TypeName(type);
        }
        var definition = TypeName(type.GetGenericTypeDefinition());
        var arguments = string.Join(',', type.GenericTypeArguments.Select(ParameterTypeName));
        return definition[..definition.IndexOf('`')] + "{" + arguments + "}";
    }
}
