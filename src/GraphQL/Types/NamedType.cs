using GraphQL.Authorization;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// A named type of the schema. Types are built (by the SDL or code-first builders) and then frozen
/// by <see cref="Schema"/>; they are not changed once a schema has been created.
/// </summary>
public abstract class NamedType(string name) : IType, IHasName
{
    public abstract TypeKind Kind { get; }

    public string Name { get; } = name;

    public string? Description { get; set; }

    /// <summary>Applied directives other than the built-in ones the model has properties for.</summary>
    public List<DirectiveNode> Directives { get; } = [];

    /// <summary>Free-form data for builders and middleware (paging, authorization…).</summary>
    public Dictionary<string, object?> ContextData { get; } = [];

    public override string ToString() => Name;
}

/// <summary>An object or interface type: something with fields and implemented interfaces.</summary>
public abstract class ComplexType(string name) : NamedType(name)
{
    public NamedCollection<OutputField> Fields { get; } = [];

    public List<InterfaceType> Interfaces { get; } = [];

    public bool Implements(InterfaceType interfaceType) => Interfaces.Any(i => i.Name == interfaceType.Name);
}

public sealed class ObjectType(string name) : ComplexType(name)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>The CLR type of values of this type, used by the default abstract type resolution.</summary>
    public Type? RuntimeType { get; set; }

    /// <summary>Whether a runtime value is of this type; when unset, <see cref="RuntimeType"/> decides.</summary>
    public Func<object, bool>? IsTypeOf { get; set; }

    /// <summary>
    /// What the current user needs to read any field of this type (<c>@authorize</c> on the type); every rule must
    /// pass, on top of the field's own rules. Add rules with
    /// <see cref="AuthorizationModelExtensions.Authorize(ObjectType, AuthorizeRule)"/> so the SDL shows them too.
    /// </summary>
    public List<AuthorizeRule> AuthorizationRules { get; } = [];

    public bool IsInstanceOf(object value) =>
        IsTypeOf?.Invoke(value) ?? (RuntimeType is not null && RuntimeType.IsInstanceOfType(value));
}

/// <summary>Decides the concrete object type of a value of an abstract type; null when it cannot.</summary>
public delegate ObjectType? TypeResolver(object value, Execution.IResolverContext context);

public sealed class InterfaceType(string name) : ComplexType(name)
{
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Custom type resolution; when unset, each possible type's <see cref="ObjectType.IsInstanceOf"/> decides.</summary>
    public TypeResolver? ResolveType { get; set; }

    public Type? RuntimeType { get; set; }
}

public sealed class UnionType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.Union;

    public List<ObjectType> Types { get; } = [];

    /// <summary>Custom type resolution; when unset, each member's <see cref="ObjectType.IsInstanceOf"/> decides.</summary>
    public TypeResolver? ResolveType { get; set; }

    public Type? RuntimeType { get; set; }
}

public sealed class InputObjectType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.InputObject;

    public NamedCollection<InputField> Fields { get; } = [];

    /// <summary>@oneOf: exactly one field must be given, and not null.</summary>
    public bool IsOneOf { get; set; }

    /// <summary>The CLR type the coerced value becomes; null keeps it an ordered dictionary.</summary>
    public Type? RuntimeType { get; set; }

    /// <summary>Builds the runtime value from the coerced fields (keyed by GraphQL field name).</summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? CreateRuntimeValue { get; set; }
}
