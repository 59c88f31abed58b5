using GraphQL.Execution;

namespace GraphQL.DataLoader;

/// <summary>DataLoaders for resolvers that take an <see cref="IResolverContext"/> (SDL-first resolvers).</summary>
public static class ResolverContextDataLoaderExtensions
{
    /// <summary>The request's instance of a DataLoader class.</summary>
    public static T DataLoader<T>(this IResolverContext context) where T : class => context.DataLoaders().GetDataLoader<T>();

    /// <summary>The request's loader of an attributed static batch method: <c>context.DataLoader&lt;int, User&gt;(UserLoaders.GetUsersByIdAsync)</c>.</summary>
    public static IDataLoader<TKey, TValue> DataLoader<TKey, TValue>(this IResolverContext context, Delegate batchMethod) where TKey : notnull =>
        context.DataLoaders().GetDataLoader<TKey, TValue>(batchMethod);

    /// <summary>The request's <see cref="DataLoaderScope"/>.</summary>
    /// <exception cref="InvalidOperationException">The context does not come from the <see cref="RequestExecutor"/>.</exception>
    public static DataLoaderScope DataLoaders(this IResolverContext context) => context switch
    {
        FieldTask field => field.DataLoaders,
        Relay.NodeResolverContext node => node.Inner.DataLoaders(),
        _ => throw new InvalidOperationException("DataLoaders belong to a request: only resolver contexts of the RequestExecutor have them."),
    };
}
