using System.Reflection;
using System.Security.Claims;
using GraphQL.DataLoader;
using GraphQL.Execution;

namespace GraphQL.Types.CodeFirst;

/// <summary>Where a resolver parameter's value comes from.</summary>
internal enum ParameterSource
{
    /// <summary>A GraphQL argument of the same name.</summary>
    Argument,

    /// <summary>The parent object (<c>[Parent]</c>).</summary>
    Parent,

    /// <summary>The request's services (<c>[Service]</c>, or inferred for interfaces and abstract classes).</summary>
    Service,

    CancellationToken,

    /// <summary>The request's <see cref="ClaimsPrincipal"/>.</summary>
    User,

    /// <summary>The <see cref="IResolverContext"/> itself.</summary>
    ResolverContext,

    /// <summary>The request's instance of a DataLoader class, or of the <c>[DataLoader]</c> method an <c>IDataLoader&lt;,&gt;</c> names.</summary>
    DataLoader,

    /// <summary>An entry of the field's local state that a middleware set (<c>[LocalState]</c>).</summary>
    LocalState,
}

/// <summary>A resolver parameter and where its value comes from.</summary>
internal sealed class ParameterBinding
{
    private ParameterBinding(
        ParameterInfo parameter, ParameterSource source, bool isNullable, TypeShape shape, DataLoaderMethod? loaderMethod, string? localStateKey)
    {
        LocalStateKey = localStateKey;
        Parameter = parameter;
        Source = source;
        IsNullable = isNullable;
        Shape = shape;
        LoaderMethod = loaderMethod;
    }

    public ParameterInfo Parameter { get; }

    public ParameterSource Source { get; }

    /// <summary>Whether null is acceptable (a nullable annotation or a null default): optional services, anonymous users.</summary>
    public bool IsNullable { get; }

    /// <summary>The parameter's type as GraphQL sees it (what an argument's type and conversion are made from).</summary>
    public TypeShape Shape { get; }

    /// <summary>For an <c>IDataLoader&lt;,&gt;</c> parameter: the <c>[DataLoader]</c> method it names.</summary>
    public DataLoaderMethod? LoaderMethod { get; }

    /// <summary>For a <c>[LocalState]</c> parameter: the key of its entry in the field's local state.</summary>
    public string? LocalStateKey { get; }

    /// <summary>Decides where the parameter's value comes from.</summary>
    /// <exception cref="CodeFirstException">The parameter is passed by reference, or names no DataLoader method.</exception>
    public static ParameterBinding Of(ParameterInfo parameter, NullabilityInfoContext nullability)
    {
        var type = parameter.ParameterType;
        if (type.IsByRef || type.IsPointer)
        {
            throw new CodeFirstException(
                $"The {CodeFirstException.Describe(parameter)} is passed by reference; resolver parameters must be passed by value.");
        }
        var shape = TypeShape.Of(type, nullability.Create(parameter));
        var isNullable = shape.IsNullable || (parameter.HasDefaultValue && parameter.DefaultValue is null);
        var source = SourceOf(parameter, type);
        var loaderMethod = source == ParameterSource.DataLoader && type.IsInterface ? DataLoaderMethods.Find(parameter) : null;
        var localStateKey = source == ParameterSource.LocalState ? LocalStateKeyOf(parameter, type) : null;
        return new ParameterBinding(parameter, source, isNullable, shape, loaderMethod, localStateKey);
    }

    private static string LocalStateKeyOf(ParameterInfo parameter, Type type) =>
        parameter.GetCustomAttribute<LocalStateAttribute>() is { } onParameter
            ? onParameter.Key ?? parameter.Name!
            : LocalStateAttribute.KeyOf(Nullable.GetUnderlyingType(type) ?? type);

    private static bool IsLocalState(ParameterInfo parameter, Type type) =>
        parameter.IsDefined(typeof(LocalStateAttribute), inherit: false) ||
        (Nullable.GetUnderlyingType(type) ?? type).IsDefined(typeof(LocalStateAttribute), inherit: false);

    private static ParameterSource SourceOf(ParameterInfo parameter, Type type)
    {
        if (type == typeof(IResolverContext))
        {
            return ParameterSource.ResolverContext;
        }
        if (type == typeof(CancellationToken))
        {
            return ParameterSource.CancellationToken;
        }
        if (type == typeof(ClaimsPrincipal))
        {
            return ParameterSource.User;
        }
        if (IsDataLoader(type))
        {
            return ParameterSource.DataLoader;
        }
        if (IsLocalState(parameter, type))
        {
            return ParameterSource.LocalState;
        }
        if (parameter.IsDefined(typeof(ParentAttribute), inherit: false))
        {
            return ParameterSource.Parent;
        }
        if (parameter.IsDefined(typeof(ServiceAttribute), inherit: false) || IsInferredService(type))
        {
            return ParameterSource.Service;
        }
        return ParameterSource.Argument;
    }

    private static bool IsDataLoader(Type type) =>
        (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDataLoader<,>))
        || (!type.IsAbstract && typeof(IBatchSource).IsAssignableFrom(type));

    /// <summary>Interfaces and abstract classes cannot be input types, so they are services unless they are collections.</summary>
    private static bool IsInferredService(Type type) =>
        (type.IsInterface || type.IsAbstract) && TypeShape.Of(type, nullability: null).Element is null;
}
