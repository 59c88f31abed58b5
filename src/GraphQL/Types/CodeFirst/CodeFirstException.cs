using System.Reflection;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// A CLR type or member cannot be mapped to the schema. The builder collects these and reports them all
/// together in a <see cref="SchemaException"/>.
/// </summary>
internal sealed class CodeFirstException(string message) : Exception(message)
{
    /// <summary>How messages name a member: <c>method 'Query.GetUser'</c>, <c>property 'User.Name'</c>.</summary>
    public static string Describe(MemberInfo member) => member switch
    {
        Type type => $"type '{Describe(type)}'",
        ConstructorInfo constructor => $"the constructor of '{Describe(constructor.DeclaringType!)}'",
        MethodInfo method => $"method '{Describe(method.DeclaringType!)}.{method.Name}'",
        PropertyInfo property => $"property '{Describe(property.DeclaringType!)}.{property.Name}'",
        _ => $"member '{member.Name}'",
    };

    /// <summary>How messages name a parameter: <c>parameter 'id' of method 'Query.GetUser'</c>.</summary>
    public static string Describe(ParameterInfo parameter) => $"parameter '{parameter.Name}' of {Describe(parameter.Member)}";

    /// <summary>A CLR type as C# writes it: <c>List&lt;Int32&gt;</c>.</summary>
    public static string Describe(Type type) => type.IsGenericType
        ? $"{WithoutArity(type.Name)}<{string.Join(", ", type.GenericTypeArguments.Select(Describe))}>"
        : type.Name;

    /// <summary>A generic type's name without its arity suffix: <c>List`1</c> → <c>List</c>.</summary>
    public static string WithoutArity(string typeName)
    {
        var tick = typeName.IndexOf('`');
        return tick < 0 ? typeName : typeName[..tick];
    }
}
