using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types.CodeFirst;

namespace GraphQL.DataLoader;

/// <summary>
/// A static batch method marked <see cref="DataLoaderAttribute"/>, checked and compiled once: the loader it defines,
/// its name, and a factory of per-request loaders that call it with the request's services.
/// </summary>
internal sealed class DataLoaderMethod
{
    private static readonly ConcurrentDictionary<MethodInfo, DataLoaderMethod> Methods = new();

    private readonly Func<IServiceProvider, IBatchSource> _create;

    private DataLoaderMethod(string name, Type loaderType, Func<IServiceProvider, IBatchSource> create)
    {
        Name = name;
        LoaderType = loaderType;
        _create = create;
    }

    /// <summary>The loader's name: the attribute's, or the method's without <c>Get</c> and <c>Async</c>.</summary>
    public string Name { get; }

    /// <summary>The <see cref="IDataLoader{TKey, TValue}"/> type of its loaders.</summary>
    public Type LoaderType { get; }

    /// <exception cref="InvalidOperationException">The method is not a DataLoader method.</exception>
    public static DataLoaderMethod Of(MethodInfo method) => Methods.GetOrAdd(method, Compile);

    /// <summary>The name a method marked <see cref="DataLoaderAttribute"/> gives its loader.</summary>
    public static string NameOf(MethodInfo method, DataLoaderAttribute attribute)
    {
        if (attribute.Name is { } name)
        {
            return name;
        }
        var span = method.Name.AsSpan();
        if (span.StartsWith("Get") && span.Length > 3)
        {
            span = span[3..];
        }
        if (span.EndsWith("Async") && span.Length > 5)
        {
            span = span[..^5];
        }
        return span.ToString();
    }

    public IBatchSource CreateLoader(IServiceProvider services) => _create(services);

    private static DataLoaderMethod Compile(MethodInfo method)
    {
        var subject = $"The DataLoader method {method.DeclaringType?.Name}.{method.Name}";
        var attribute = method.GetCustomAttribute<DataLoaderAttribute>()
            ?? throw new InvalidOperationException($"{subject} is not marked [DataLoader].");
        if (!method.IsStatic)
        {
            throw new InvalidOperationException($"{subject} must be static.");
        }
        var parameters = method.GetParameters();
        var keyType = parameters.Length > 0 && parameters[0].ParameterType is { IsGenericType: true } first
            && first.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            ? first.GetGenericArguments()[0]
            : throw new InvalidOperationException($"{subject} must take the keys, an IReadOnlyList<TKey>, as its first parameter.");
        var (isGrouped, valueType) = ResultOf(method, keyType, subject);

        var keys = Expression.Parameter(parameters[0].ParameterType, "keys");
        var services = Expression.Parameter(typeof(IServiceProvider), "services");
        var cancellationToken = Expression.Parameter(typeof(CancellationToken), "cancellationToken");
        var nullability = new NullabilityInfoContext();
        var arguments = parameters.Skip(1).Select(parameter => parameter.ParameterType == typeof(CancellationToken)
            ? cancellationToken
            : ServiceArguments.Read(parameter, services, nullability, $"{method.DeclaringType?.Name}.{method.Name}"));
        var call = Expression.Call(method, arguments.Prepend(keys));
        var fetch = Expression.Lambda(call, keys, services, cancellationToken).Compile();

        var options = new DataLoaderOptions { MaxBatchSize = attribute.MaxBatchSize, Caching = attribute.Caching };
        var factory = typeof(DataLoaderMethod)
            .GetMethod(isGrouped ? nameof(GroupedFactory) : nameof(BatchFactory), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(keyType, valueType);
        var create = (Func<IServiceProvider, IBatchSource>)factory.Invoke(null, [fetch, options])!;
        var loaderType = typeof(IDataLoader<,>).MakeGenericType(keyType, isGrouped ? valueType.MakeArrayType() : valueType);
        return new DataLoaderMethod(NameOf(method, attribute), loaderType, create);
    }

    private static (bool IsGrouped, Type ValueType) ResultOf(MethodInfo method, Type keyType, string subject)
    {
        if (method.ReturnType is { IsGenericType: true } returnType && returnType.GetGenericTypeDefinition() == typeof(Task<>)
            && returnType.GetGenericArguments()[0] is { IsGenericType: true } result
            && result.GetGenericArguments() is [var resultKey, var value] && resultKey == keyType)
        {
            var definition = result.GetGenericTypeDefinition();
            if (definition == typeof(IReadOnlyDictionary<,>))
            {
                return (false, value);
            }
            if (definition == typeof(ILookup<,>))
            {
                return (true, value);
            }
        }
        throw new InvalidOperationException(
            $"{subject} must return Task<IReadOnlyDictionary<{keyType.Name}, TValue>> or Task<ILookup<{keyType.Name}, TValue>>, not {CodeFirstException.Describe(method.ReturnType)}.");
    }

    private static Func<IServiceProvider, IBatchSource> BatchFactory<TKey, TValue>(
        Func<IReadOnlyList<TKey>, IServiceProvider, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, DataLoaderOptions options)
        where TKey : notnull =>
        services => new MethodBatchDataLoader<TKey, TValue>(fetch, services, options);

    private static Func<IServiceProvider, IBatchSource> GroupedFactory<TKey, TValue>(
        Func<IReadOnlyList<TKey>, IServiceProvider, CancellationToken, Task<ILookup<TKey, TValue>>> fetch, DataLoaderOptions options)
        where TKey : notnull =>
        services => new MethodGroupedDataLoader<TKey, TValue>(fetch, services, options);
}
