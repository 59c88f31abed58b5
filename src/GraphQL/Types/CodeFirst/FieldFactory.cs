using System.Reflection;
using GraphQL.Authorization;
using GraphQL.CostAnalysis;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Makes the fields of object and interface types from CLR members: the field's type from the member's result,
/// arguments from the parameters that are GraphQL arguments, and the resolver compiled from the member.
/// </summary>
internal sealed class FieldFactory(BuildContext context)
{
    /// <summary>Which member defined each field, to name both when two define the same one.</summary>
    private readonly Dictionary<(string Type, string Field), MemberInfo> _definedBy = [];

    /// <summary>
    /// Adds the fields of an entity: its instance properties and methods, resolved on the parent value. The class's
    /// <c>[Authorize]</c> protects the object type (all its fields, extensions' included); on an interface class,
    /// which cannot carry <c>@authorize</c>, it protects each of the interface's fields.
    /// </summary>
    public void AddEntityFields(ComplexType type, Type entityType)
    {
        IReadOnlyList<AuthorizeRule> classRules = [];
        if (!context.Try(() => classRules = AuthorizeAttributes.RulesOf(entityType)))
        {
            return;
        }
        if (type is ObjectType objectType)
        {
            foreach (var rule in classRules)
            {
                objectType.Authorize(rule);
            }
            classRules = [];
        }
        // Interface fields are never executed (their implementors' fields are), so they need no resolvers.
        var compileResolvers = type is ObjectType;
        foreach (var member in FieldMembers.OfEntity(entityType))
        {
            context.Try(() => AddField(type, member, ResolverTarget.Parent, classInstance: null, isSubscription: false, compileResolvers, classRules));
        }
    }

    /// <summary>
    /// Adds the fields of a resolver class (a root type class or an <c>[ObjectType&lt;T&gt;]</c> extension): its static
    /// members, and the instance members of one instance made now (the class needs a public parameterless constructor).
    /// The class's <c>[Authorize]</c> protects each of these fields, not the rest of the type.
    /// </summary>
    public void AddResolverClassFields(ObjectType type, Type resolverClass, bool isSubscription)
    {
        object? instance = null;
        IReadOnlyList<AuthorizeRule> classRules = [];
        if (!context.Try(() => instance = CreateInstance(resolverClass)) ||
            !context.Try(() => classRules = AuthorizeAttributes.RulesOf(resolverClass)))
        {
            return;
        }
        foreach (var member in FieldMembers.OfResolverClass(resolverClass))
        {
            var target = IsStatic(member) ? ResolverTarget.Static : ResolverTarget.ClassInstance;
            context.Try(() => AddField(type, member, target, instance, isSubscription, compileResolvers: true, classRules));
        }
    }

    private void AddField(
        ComplexType type,
        MemberInfo member,
        ResolverTarget target,
        object? classInstance,
        bool isSubscription,
        bool compileResolvers,
        IReadOnlyList<AuthorizeRule> classRules)
    {
        var (declaredType, nullability) = member switch
        {
            PropertyInfo property => (property.PropertyType, context.Nullability.Create(property)),
            MethodInfo method => (method.ReturnType, context.Nullability.Create(method.ReturnParameter)),
            _ => throw new ArgumentOutOfRangeException(nameof(member)),
        };
        var result = MemberResult.Of(declaredType, nullability);
        var subject = "The " + CodeFirstException.Describe(member);
        if (result.Kind == ResultKind.None)
        {
            throw new CodeFirstException($"{subject} returns no value, so it cannot be a field; return the value, or mark the method [GraphQLIgnore].");
        }
        if (isSubscription && !result.IsStream)
        {
            throw new CodeFirstException(
                $"{subject} is on the subscription type but does not return a stream; subscription fields return IAsyncEnumerable<T> (possibly in a Task or ValueTask).");
        }
        var shape = isSubscription
            ? TypeShape.Of(result.EventType!, result.EventNullability)
            : TypeShape.Of(result.AwaitedType, result.AwaitedNullability);
        var field = new OutputField(
            SchemaConventions.FieldName(member),
            context.Types.MemberType(shape, isInput: false, subject, member))
        {
            Description = context.Conventions.Description(member),
            DeprecationReason = SchemaConventions.DeprecationReason(member),
        };
        var parameters = member is MethodInfo resolver
            ? resolver.GetParameters().Select(p => ParameterBinding.Of(p, context.Nullability)).ToList()
            : [];
        foreach (var parameter in parameters.Where(p => p.Source == ParameterSource.Argument))
        {
            field.Arguments.Add(CreateArgument(parameter));
        }
        foreach (var rule in classRules.Concat(AuthorizeAttributes.RulesOf(member)))
        {
            field.Authorize(rule);
        }
        var middleware = ConfigureMiddleware(type, field, member, result, isSubscription, subject);
        ProvidedLocalState.Check(type, field, parameters, middleware);
        SchemaCost.ApplyAttributes(field, member, IsPureResolver(result, parameters, middleware));
        if (compileResolvers)
        {
            if (isSubscription)
            {
                field.Subscriber = ResolverCompiler.CompileSubscriber(member, target, classInstance, parameters, result);
                field.Resolver = ResolverResults.Event;
            }
            else
            {
                var compiled = ResolverCompiler.CompileResolver(member, target, classInstance, parameters, result);
                field.Resolver = middleware?.Wrap(compiled) ?? compiled;
                GlobalIdMembers.FormatOutput(context, type, field, member);
            }
        }
        Add(type, field, member);
    }

    /// <summary>
    /// Lets the member's <see cref="FieldMiddlewareAttribute"/>s shape the field, in declaration order (by the line
    /// number each records); null when it has none.
    /// </summary>
    private FieldMiddlewareContext? ConfigureMiddleware(
        ComplexType type, OutputField field, MemberInfo member, MemberResult result, bool isSubscription, string subject)
    {
        var attributes = member.GetCustomAttributes<FieldMiddlewareAttribute>(inherit: true).OrderBy(a => a.Order).ToList();
        if (attributes.Count == 0)
        {
            return null;
        }
        if (isSubscription)
        {
            throw new CodeFirstException(
                $"{subject} has [{AttributeName(attributes[0])}], but field middleware does not apply to subscription fields.");
        }
        var middleware = new FieldMiddlewareContext(context, type, field, member, result.AwaitedType);
        foreach (var attribute in attributes)
        {
            try
            {
                attribute.Configure(middleware);
            }
            catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
            {
                throw new CodeFirstException($"{subject} has [{AttributeName(attribute)}], which cannot apply: {exception.Message}.");
            }
        }
        return middleware;
    }

    /// <summary>
    /// As HotChocolate decides which resolvers get the default cost: pure when it returns its value at once and
    /// needs nothing but its arguments and parent, with no middleware around it.
    /// </summary>
    private static bool IsPureResolver(MemberResult result, List<ParameterBinding> parameters, FieldMiddlewareContext? middleware) =>
        result.Kind == ResultKind.Value &&
        middleware is null &&
        parameters.TrueForAll(parameter => parameter.Source is ParameterSource.Argument or ParameterSource.Parent);

    private static string AttributeName(Attribute attribute)
    {
        var name = attribute.GetType().Name;
        return name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
    }

    private InputField CreateArgument(ParameterBinding binding)
    {
        var parameter = binding.Parameter;
        var subject = "The " + CodeFirstException.Describe(parameter);
        var type = context.Types.MemberType(binding.Shape, isInput: true, subject, parameter);
        var name = SchemaConventions.ArgumentName(parameter);
        return new InputField(name, type)
        {
            Formatter = GlobalIdMembers.InputFormatter(context, binding.Shape, subject, parameter),
            Description = context.Conventions.Description(parameter),
            DeprecationReason = SchemaConventions.DeprecationReason(parameter),
            DefaultValue = DefaultValueLiteral.Of(parameter, type),
        };
    }

    private void Add(ComplexType type, OutputField field, MemberInfo member)
    {
        if (_definedBy.TryGetValue((type.Name, field.Name), out var first))
        {
            throw new CodeFirstException(
                $"The field '{type.Name}.{field.Name}' is defined twice: by {CodeFirstException.Describe(first)} and by {CodeFirstException.Describe(member)}; rename one of them with [GraphQLName].");
        }
        _definedBy.Add((type.Name, field.Name), member);
        type.Fields.Add(field);
    }

    private static object? CreateInstance(Type resolverClass)
    {
        if (resolverClass is { IsAbstract: true, IsSealed: true })
        {
            return null;
        }
        if (resolverClass.IsAbstract || resolverClass.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new CodeFirstException(
                $"The resolver class '{resolverClass.Name}' must be static, or have a public parameterless constructor so that one instance can serve every request.");
        }
        return Activator.CreateInstance(resolverClass);
    }

    private static bool IsStatic(MemberInfo member) => member switch
    {
        MethodInfo method => method.IsStatic,
        PropertyInfo property => property.GetMethod!.IsStatic,
        _ => false,
    };
}
