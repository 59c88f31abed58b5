using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Execution;

namespace GraphQL.Types.CodeFirst;

/// <summary>Which object a resolver member is called on.</summary>
internal enum ResolverTarget
{
    /// <summary>A static member.</summary>
    Static,

    /// <summary>An instance member of the parent value (entity types).</summary>
    Parent,

    /// <summary>An instance member of a resolver class's single instance (root types and extensions).</summary>
    ClassInstance,
}

/// <summary>
/// Compiles resolver members once, at schema build, to delegates that read their parameters from the
/// <see cref="IResolverContext"/> and adapt their result; nothing is reflected on per call.
/// </summary>
internal static class ResolverCompiler
{
    private static readonly ParameterExpression Context = Expression.Parameter(typeof(IResolverContext), "context");

    private static readonly ConstructorInfo ValueTaskOfObject = typeof(ValueTask<object?>).GetConstructor([typeof(object)])!;

    public static FieldResolver CompileResolver(
        MemberInfo member, ResolverTarget target, object? classInstance, IReadOnlyList<ParameterBinding> parameters, MemberResult result)
    {
        var call = Call(member, target, classInstance, parameters);
        Expression body = result.Kind switch
        {
            ResultKind.Task => Expression.Call(Helper(nameof(ResolverResults.FromTask), result.AwaitedType), call),
            ResultKind.ValueTask => Expression.Call(Helper(nameof(ResolverResults.FromValueTask), result.AwaitedType), call),
            _ => Expression.New(ValueTaskOfObject, Expression.Convert(call, typeof(object))),
        };
        return Expression.Lambda<FieldResolver>(body, Context).Compile();
    }

    /// <summary>Compiles a subscription member: its returned stream becomes the field's source event stream.</summary>
    public static SubscribeResolver CompileSubscriber(
        MemberInfo member, ResolverTarget target, object? classInstance, IReadOnlyList<ParameterBinding> parameters, MemberResult result)
    {
        var call = Call(member, target, classInstance, parameters);
        var helper = result.Kind switch
        {
            ResultKind.Task => nameof(ResolverResults.FromStreamTask),
            ResultKind.ValueTask => nameof(ResolverResults.FromStreamValueTask),
            _ => nameof(ResolverResults.FromStream),
        };
        var body = Expression.Call(Helper(helper, result.EventType!), call);
        return Expression.Lambda<SubscribeResolver>(body, Context).Compile();
    }

    private static Expression Call(
        MemberInfo member, ResolverTarget target, object? classInstance, IReadOnlyList<ParameterBinding> parameters)
    {
        var declaringType = member.DeclaringType!;
        Expression? instance = target switch
        {
            ResolverTarget.Parent => Expression.Convert(Expression.Property(Context, nameof(IResolverContext.ParentValue)), declaringType),
            ResolverTarget.ClassInstance => Expression.Constant(classInstance, declaringType),
            _ => null,
        };
        return member switch
        {
            PropertyInfo property => Expression.Property(instance, property),
            MethodInfo method => Expression.Call(instance, method, parameters.Select(ParameterValue)),
            _ => throw new ArgumentOutOfRangeException(nameof(member)),
        };
    }

    private static Expression ParameterValue(ParameterBinding binding)
    {
        var parameter = binding.Parameter;
        var type = parameter.ParameterType;
        return binding.Source switch
        {
            ParameterSource.Argument => Expression.Call(
                ParameterHelper(nameof(ResolverParameters.Argument), type), Context, Expression.Constant(SchemaConventions.ArgumentName(parameter))),
            ParameterSource.Parent => Expression.Call(Context, ContextMethod(nameof(IResolverContext.Parent), type)),
            ParameterSource.Service when binding.IsNullable => Expression.Call(
                ParameterHelper(nameof(ResolverParameters.OptionalService), type), Context),
            ParameterSource.Service => Expression.Call(
                ParameterHelper(nameof(ResolverParameters.RequiredService), type), Context,
                Expression.Constant("the " + CodeFirstException.Describe(parameter))),
            ParameterSource.CancellationToken => Expression.Property(Context, nameof(IResolverContext.RequestAborted)),
            ParameterSource.User when binding.IsNullable => Expression.Property(Context, nameof(IResolverContext.User)),
            ParameterSource.User => Expression.Call(ParameterHelper(nameof(ResolverParameters.UserOrAnonymous)), Context),
            ParameterSource.ResolverContext => Context,
            ParameterSource.DataLoader when binding.LoaderMethod is { } method => Expression.Call(
                ParameterHelper(nameof(ResolverParameters.MethodDataLoader)).MakeGenericMethod(type.GetGenericArguments()),
                Context, Expression.Constant(method)),
            ParameterSource.DataLoader => Expression.Call(ParameterHelper(nameof(ResolverParameters.DataLoader), type), Context),
            ParameterSource.LocalState => Expression.Call(
                ParameterHelper(nameof(ResolverParameters.LocalState), type), Context, Expression.Constant(binding.LocalStateKey),
                Expression.Constant(binding.IsNullable), Expression.Constant("the " + CodeFirstException.Describe(parameter))),
            _ => throw new ArgumentOutOfRangeException(nameof(binding)),
        };
    }

    private static MethodInfo ContextMethod(string name, Type typeArgument) =>
        typeof(IResolverContext).GetMethod(name)!.MakeGenericMethod(typeArgument);

    private static MethodInfo ParameterHelper(string name) => typeof(ResolverParameters).GetMethod(name)!;

    private static MethodInfo ParameterHelper(string name, Type typeArgument) => ParameterHelper(name).MakeGenericMethod(typeArgument);

    private static MethodInfo Helper(string name, Type typeArgument) =>
        typeof(ResolverResults).GetMethod(name)!.MakeGenericMethod(typeArgument);
}
