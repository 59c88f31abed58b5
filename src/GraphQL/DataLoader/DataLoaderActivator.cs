using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.DataLoader;

/// <summary>Creates DataLoader classes with their constructor's dependencies from the request's services; compiled once per class.</summary>
internal static class DataLoaderActivator
{
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IBatchSource>> Factories = new();

    public static IBatchSource Create(Type loaderType, IServiceProvider services) =>
        Factories.GetOrAdd(loaderType, Compile)(services);

    private static Func<IServiceProvider, IBatchSource> Compile(Type loaderType)
    {
        if (!typeof(IBatchSource).IsAssignableFrom(loaderType) || loaderType.IsAbstract)
        {
            throw new InvalidOperationException(
                $"{loaderType.Name} is not a DataLoader class: it must be a non-abstract subclass of BatchDataLoader<TKey, TValue> or GroupedDataLoader<TKey, TValue>.");
        }
        var constructors = loaderType.GetConstructors();
        if (constructors.Length != 1)
        {
            throw new InvalidOperationException(
                $"The DataLoader class {loaderType.Name} must have exactly one public constructor, but has {constructors.Length}.");
        }
        var services = Expression.Parameter(typeof(IServiceProvider), "services");
        var nullability = new NullabilityInfoContext();
        var owner = $"the constructor of {loaderType.Name}";
        var arguments = constructors[0].GetParameters().Select(parameter => ServiceArguments.Read(parameter, services, nullability, owner));
        var body = Expression.Convert(Expression.New(constructors[0], arguments), typeof(IBatchSource));
        return Expression.Lambda<Func<IServiceProvider, IBatchSource>>(body, services).Compile();
    }
}
