using GraphQL.Authorization;
using GraphQL.Execution;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>Resolves a field's value. Sync resolvers return a completed ValueTask and allocate nothing.</summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>Creates the source event stream of a subscription field (spec 6.2.3.1).</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscribeResolver(IResolverContext context);

/// <summary>A field of an object or interface type.</summary>
public sealed class OutputField(string name, IType type) : IHasName
{
    public string Name { get; } = name;

    public IType Type { get; set; } = type;

    public string? Description { get; set; }

    public NamedCollection<InputField> Arguments { get; } = [];

    /// <summary>Set when the field is deprecated (<c>@deprecated(reason:)</c>).</summary>
    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The resolver; null means the schema's default resolver.</summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>For subscription root fields: creates the event stream; <see cref="Resolver"/> then maps each event.</summary>
    public SubscribeResolver? Subscriber { get; set; }

    public List<DirectiveNode> Directives { get; } = [];

    /// <summary>
    /// What the current user needs to read the field (<c>@authorize</c>); every rule must pass. Add rules with
    /// <see cref="AuthorizationModelExtensions.Authorize(OutputField, AuthorizeRule)"/> so the SDL shows them too.
    /// </summary>
    public List<AuthorizeRule> AuthorizationRules { get; } = [];

    public Dictionary<string, object?> ContextData { get; } = [];

    public override string ToString() => Name;
}

/// <summary>An argument of a field or directive, or a field of an input object.</summary>
public sealed class InputField(string name, IType type) : IHasName
{
    public string Name { get; } = name;

    public IType Type { get; set; } = type;

    public string? Description { get; set; }

    /// <summary>The default value as a literal, exactly as introspection and SDL print it.</summary>
    public IValueNode? DefaultValue { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Whether a value must be given: the type is non-null and there is no default value.</summary>
    public bool IsRequired => Type is NonNullType && DefaultValue is null;

    public List<DirectiveNode> Directives { get; } = [];

    /// <summary>For code-first input objects: the CLR member or parameter this field binds to.</summary>
    public string? RuntimeName { get; set; }

    /// <summary>
    /// Rewrites the coerced value (given, from a variable or a default; never null) before resolvers and input objects
    /// see it, e.g. a global id to the raw id. Throws <see cref="CoercionException"/> for a value it refuses.
    /// </summary>
    public Func<object, object>? Formatter { get; set; }

    public override string ToString() => Name;
}
