using System.Security.Claims;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types.Conversion;

namespace GraphQL.Types.CodeFirst;

/// <summary>The values compiled resolvers inject that need more than a property read.</summary>
internal static class ResolverParameters
{
    /// <summary>An argument converted to the parameter's type; the type's default when it was not given and has no default.</summary>
    public static T Argument<T>(IResolverContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) ? InputValueConverter.Convert<T>(value) : default!;

    /// <summary>A service the parameter cannot do without; a missing registration is a configuration error.</summary>
    public static T RequiredService<T>(IResolverContext context, string parameterDescription) =>
        context.Services.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException(
                $"No service of type '{typeof(T).FullName}' is registered, but {parameterDescription} requires one. " +
                "Register it, or make the parameter nullable if it is optional.");

    public static T? OptionalService<T>(IResolverContext context) =>
        context.Services.GetService(typeof(T)) is T service ? service : default;

    public static T DataLoader<T>(IResolverContext context) where T : class => context.DataLoader<T>();

    public static IDataLoader<TKey, TValue> MethodDataLoader<TKey, TValue>(IResolverContext context, DataLoaderMethod method) where TKey : notnull =>
        context.DataLoaders().GetDataLoader<TKey, TValue>(method);

    /// <summary>
    /// The entry a field middleware put into the field's local state; the type's default when there is none and the
    /// parameter accepts null. A missing entry is a configuration error (the middleware that sets it is missing).
    /// </summary>
    public static T LocalState<T>(IResolverContext context, string key, bool isOptional, string parameterDescription) =>
        context.LocalContextData.TryGetValue(key, out var value) && value is T state
            ? state
            : isOptional
                ? default!
                : throw new InvalidOperationException(
                    $"No field middleware set the local state '{key}' that {parameterDescription} requires. " +
                    "Add the attribute that provides it (e.g. [UsePaging] for PagingArguments), or make the parameter nullable.");

    /// <summary>The request's user, or an unauthenticated one, for parameters that do not accept null.</summary>
    public static ClaimsPrincipal UserOrAnonymous(IResolverContext context) =>
        context.User ?? new ClaimsPrincipal(new ClaimsIdentity());
}
