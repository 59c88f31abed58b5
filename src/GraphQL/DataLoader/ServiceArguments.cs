using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.DataLoader;

/// <summary>Compiles reads of constructor and method parameters from a service provider (DataLoader dependencies).</summary>
internal static class ServiceArguments
{
    private static readonly MethodInfo RequiredMethod = typeof(ServiceArguments).GetMethod(nameof(Required), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo OptionalMethod = typeof(ServiceArguments).GetMethod(nameof(Optional), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>
    /// The parameter's value: a service, required unless the parameter is nullable or has a default (which then
    /// applies when the service is missing).
    /// </summary>
    public static Expression Read(ParameterInfo parameter, Expression services, NullabilityInfoContext nullability, string owner)
    {
        var type = parameter.ParameterType;
        var isOptional = parameter.HasDefaultValue || nullability.Create(parameter).ReadState == NullabilityState.Nullable
            || Nullable.GetUnderlyingType(type) is not null;
        if (!isOptional)
        {
            return Expression.Call(
                RequiredMethod.MakeGenericMethod(type), services, Expression.Constant($"parameter '{parameter.Name}' of {owner}"));
        }
        var fallback = parameter.HasDefaultValue && parameter.DefaultValue is not null
            ? Expression.Constant(parameter.DefaultValue, type)
            : (Expression)Expression.Default(type);
        return Expression.Call(OptionalMethod.MakeGenericMethod(type), services, fallback);
    }

    private static T Required<T>(IServiceProvider services, string parameterDescription) =>
        services.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException(
                $"No service of type '{typeof(T).FullName}' is registered, but the {parameterDescription} requires one. " +
                "Register it, or make the parameter nullable if it is optional.");

    private static T Optional<T>(IServiceProvider services, T fallback) =>
        services.GetService(typeof(T)) is T service ? service : fallback;
}
