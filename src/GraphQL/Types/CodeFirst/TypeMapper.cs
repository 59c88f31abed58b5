using System.Reflection;
using GraphQL.Types.Conversion;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Maps CLR types to GraphQL types, making each named type the first time its CLR type is met: scalars by
/// binding, enums, interfaces (C# interfaces, or classes marked <c>[InterfaceType]</c>), unions (marked
/// <c>[UnionType]</c>), object types (other classes and structs) and, for inputs, input objects.
/// Fields of the types made are added later, from the registry's queue.
/// </summary>
internal sealed class TypeMapper(BuildContext context)
{
    private readonly Dictionary<Type, ScalarType> _scalarsByClass = [];

    /// <summary>
    /// The GraphQL type of a field, argument or input field with the given shape. <c>[GraphQLType]</c> and <c>[ID]</c>
    /// on any of <paramref name="declarations"/> override the inferred type. <paramref name="subject"/> names the member
    /// in messages, e.g. <c>The parameter 'id' of method 'Query.User'</c>.
    /// </summary>
    public IType MemberType(TypeShape shape, bool isInput, string subject, params ICustomAttributeProvider?[] declarations)
    {
        if (isInput)
        {
            EnsureListsCanBeReceived(shape, subject);
        }
        var typeAttribute = Find<GraphQLTypeAttribute>(declarations);
        if (typeAttribute?.TypeReference is { } typeReference)
        {
            return new SdlTypeReference(typeReference, subject);
        }
        var namedClrType = typeAttribute?.Type ?? shape.LeafType;
        try
        {
            var named = typeAttribute is null && Find<IDAttribute>(declarations) is not null
                ? UseScalar(BuiltInScalars.ID)
                : NamedType(namedClrType, isInput);
            return shape.ToGraphQLType(named);
        }
        catch (UnmappableTypeException exception)
        {
            throw new CodeFirstException(
                $"{subject} has the CLR type '{CodeFirstException.Describe(namedClrType)}', which cannot be a GraphQL {(isInput ? "input" : "output")} type: {exception.Message}.");
        }
    }

    /// <summary>The named type of a CLR type registered on its own (<c>AddType</c>) or extended by <c>[ObjectType&lt;T&gt;]</c>.</summary>
    public NamedType RegisteredType(Type clrType)
    {
        try
        {
            return NamedType(clrType, isInput: clrType.IsDefined(typeof(InputObjectTypeAttribute), inherit: false));
        }
        catch (UnmappableTypeException exception)
        {
            throw new CodeFirstException($"The registered type '{CodeFirstException.Describe(clrType)}' cannot be a GraphQL type: {exception.Message}.");
        }
    }

    /// <summary>The named output type of a CLR type, for field middleware.</summary>
    /// <exception cref="InvalidOperationException">The CLR type has no GraphQL output type.</exception>
    public NamedType OutputType(Type clrType)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        try
        {
            return NamedType(clrType, isInput: false);
        }
        catch (UnmappableTypeException exception)
        {
            throw new InvalidOperationException(
                $"the CLR type '{CodeFirstException.Describe(clrType)}' cannot be a GraphQL output type: {exception.Message}", exception);
        }
    }

    /// <summary>Adds a scalar to the schema's types and returns it.</summary>
    public ScalarType UseScalar(ScalarType scalar)
    {
        context.Registry.Add(scalar, clrType: null);
        return scalar;
    }

    private NamedType NamedType(Type clrType, bool isInput)
    {
        if (typeof(ScalarType).IsAssignableFrom(clrType))
        {
            return UseScalar(ScalarOfClass(clrType));
        }
        if (context.ScalarBindings.TryGetValue(clrType, out var scalar))
        {
            return UseScalar(scalar);
        }
        if (context.Registry.TryGet(clrType, isInput && !clrType.IsEnum, out var existing))
        {
            return existing;
        }
        if (clrType.IsEnum)
        {
            var enumType = EnumTypeFactory.Create(clrType, context.Conventions);
            context.Registry.Add(enumType, clrType);
            return enumType;
        }
        EnsureMappable(clrType);
        return isInput ? AddInputObject(clrType) : AddOutputType(clrType);
    }

    private NamedType AddOutputType(Type clrType)
    {
        var name = SchemaConventions.TypeName(clrType, isInput: false);
        var description = context.Conventions.Description(clrType);
        if (clrType.IsDefined(typeof(UnionTypeAttribute), inherit: false))
        {
            AuthorizeAttributes.RejectOnUnion(clrType);
            var union = new UnionType(name) { Description = description, RuntimeType = clrType };
            context.Registry.Add(union, clrType);
            return union;
        }
        if (clrType.IsInterface || clrType.IsDefined(typeof(InterfaceTypeAttribute), inherit: false))
        {
            var interfaceType = new InterfaceType(name) { Description = description, RuntimeType = clrType };
            context.Registry.Add(interfaceType, clrType);
            context.Registry.Defer(() => context.Fields.AddEntityFields(interfaceType, clrType));
            return interfaceType;
        }
        var objectType = new ObjectType(name) { Description = description, RuntimeType = clrType };
        context.Registry.Add(objectType, clrType);
        if (IsNode(clrType))
        {
            context.NodeTypes.Add((objectType, clrType));
        }
        context.Registry.Defer(() =>
        {
            context.Fields.AddEntityFields(objectType, clrType);
            foreach (var extension in context.Extensions[clrType])
            {
                context.Fields.AddResolverClassFields(objectType, extension, isSubscription: false);
            }
        });
        return objectType;
    }

    private InputObjectType AddInputObject(Type clrType)
    {
        if (clrType.IsInterface || clrType.IsAbstract)
        {
            throw new UnmappableTypeException("interfaces and abstract classes cannot be input objects");
        }
        var inputType = new InputObjectType(SchemaConventions.TypeName(clrType, isInput: true))
        {
            Description = context.Conventions.Description(clrType),
        };
        context.Registry.Add(inputType, clrType, isInput: true);
        context.Registry.Defer(() => context.InputObjects.Complete(inputType, clrType));
        return inputType;
    }

    /// <summary>A scalar named by its class in <c>[GraphQLType(typeof(...))]</c>: one already in use, or a new instance.</summary>
    private ScalarType ScalarOfClass(Type scalarClass)
    {
        if (_scalarsByClass.TryGetValue(scalarClass, out var scalar))
        {
            return scalar;
        }
        scalar = context.Registry.Types.OfType<ScalarType>().Concat(context.ScalarBindings.Values)
                .FirstOrDefault(s => s.GetType() == scalarClass)
            ?? (scalarClass.GetConstructor(Type.EmptyTypes) is not null
                ? (ScalarType)Activator.CreateInstance(scalarClass)!
                : throw new UnmappableTypeException("the scalar class has no public parameterless constructor; register an instance with AddScalar or BindScalar"));
        _scalarsByClass[scalarClass] = scalar;
        return scalar;
    }

    private static void EnsureMappable(Type clrType)
    {
        var reason = clrType switch
        {
            _ when clrType == typeof(object) => "it has no fields; use a specific type, or set the type with [GraphQLType]",
            { IsGenericTypeDefinition: true } or { ContainsGenericParameters: true } => "open generic types have no GraphQL name",
            _ when typeof(Delegate).IsAssignableFrom(clrType) => "delegates are not data",
            { IsPrimitive: true } => "no scalar is bound to it; bind one with BindScalar",
            _ when IsAsyncStream(clrType) => "asynchronous streams are only supported as the result of subscription fields",
            _ when SchemaConventions.IsFrameworkType(clrType) =>
                "framework types are not mapped; bind a scalar to it with BindScalar, or, for a resolver parameter that comes from dependency injection, mark it [Service]",
            _ => null,
        };
        if (reason is not null)
        {
            throw new UnmappableTypeException(reason);
        }
    }

    /// <summary>Input values convert to arrays and types a <see cref="List{T}"/> is, at every level of lists.</summary>
    private static void EnsureListsCanBeReceived(TypeShape shape, string subject)
    {
        for (var level = shape; level.Element is { } element; level = element)
        {
            if (!ClrCollections.CanReceiveList(level.DeclaredType, element.DeclaredType))
            {
                throw new CodeFirstException(
                    $"{subject} has the collection type '{CodeFirstException.Describe(level.DeclaredType)}', which cannot receive GraphQL input; use an array, List<T> or an interface List<T> implements.");
            }
        }
    }

    private bool IsNode(Type clrType) =>
        clrType.IsDefined(typeof(Relay.NodeAttribute), inherit: false) ||
        context.Extensions[clrType].Any(extension => extension.IsDefined(typeof(Relay.NodeAttribute), inherit: false));

    private static bool IsAsyncStream(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>);

    private static T? Find<T>(ICustomAttributeProvider?[] declarations) where T : Attribute =>
        declarations.Select(d => d?.GetCustomAttributes(typeof(T), inherit: false).FirstOrDefault()).OfType<T>().FirstOrDefault();

    /// <summary>Why a CLR type has no GraphQL type; <see cref="MemberType"/> adds which member has it.</summary>
    private sealed class UnmappableTypeException(string reason) : Exception(reason);
}
