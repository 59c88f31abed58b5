using System.Reflection;
using GraphQL.Language;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// The GraphQL default value of a C# optional parameter. A <c>null</c> default is not written: for a C# parameter,
/// an absent argument and a null one are the same. For a type given as SDL text, the default is made once the
/// text is resolved.
/// </summary>
internal static class DefaultValueLiteral
{
    public static IValueNode? Of(ParameterInfo parameter, IType type)
    {
        if (!parameter.HasDefaultValue)
        {
            return null;
        }
        if (type is SdlTypeReference reference)
        {
            reference.DefaultValueSource = parameter;
            return null;
        }
        var value = parameter.DefaultValue;
        if (value is null && parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null)
        {
            // `Guid id = default` and the like: the compiler records no constant for structs.
            value = Activator.CreateInstance(parameter.ParameterType);
        }
        if (value is null)
        {
            return null;
        }
        try
        {
            return ValueLiterals.FromValue(value, type);
        }
        catch (Exception exception) when (exception is CoercionException or ArgumentException or InvalidCastException)
        {
            throw new CodeFirstException(
                $"The default value of the {CodeFirstException.Describe(parameter)} cannot be written as a GraphQL {type.Print()} literal: {exception.Message}");
        }
    }
}
