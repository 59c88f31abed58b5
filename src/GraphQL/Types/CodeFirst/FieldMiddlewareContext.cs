using System.Reflection;
using GraphQL.Types.CodeFirst;
using GraphQL.Types.Conversion;

namespace GraphQL.Types;

/// <summary>
/// What a <see cref="FieldMiddlewareAttribute"/> sees and may change while the code-first builder makes a field:
/// the field itself (its <see cref="OutputField.Type"/> and <see cref="OutputField.Arguments"/> may be changed), the
/// member it comes from, the CLR and GraphQL types of its elements, the schema's types, and the resolver pipeline.
/// </summary>
public sealed class FieldMiddlewareContext
{
    private readonly BuildContext _build;
    private readonly List<Func<FieldResolver, FieldResolver>> _middleware = [];
    private readonly HashSet<Type> _localState = [];

    internal FieldMiddlewareContext(BuildContext build, ComplexType declaringType, OutputField field, MemberInfo member, Type resultType)
    {
        _build = build;
        DeclaringType = declaringType;
        Field = field;
        Member = member;
        ResultType = resultType;
        ElementType = ClrCollections.ElementType(resultType);
        ElementOutputType = ElementType is null ? null : (field.Type.Nullable() as ListType)?.OfType;
    }

    /// <summary>The object or interface type the field belongs to.</summary>
    public ComplexType DeclaringType { get; }

    /// <summary>The field being made; its type and arguments may be changed.</summary>
    public OutputField Field { get; }

    /// <summary>The property or method the field is made from.</summary>
    public MemberInfo Member { get; }

    /// <summary>What the member returns once awaited (<c>Task&lt;T&gt;</c> and <c>ValueTask&lt;T&gt;</c> removed).</summary>
    public Type ResultType { get; }

    /// <summary>
    /// The element type when the member returns a list to GraphQL (<c>IQueryable&lt;T&gt;</c>, <c>IEnumerable&lt;T&gt;</c>,
    /// arrays, lists, possibly in a task); otherwise null.
    /// </summary>
    public Type? ElementType { get; }

    /// <summary>
    /// The GraphQL type of the elements as the conventions mapped the member (nullability, <c>[ID]</c> and
    /// <c>[GraphQLType]</c> applied), e.g. <c>User!</c>; null when the member does not return a list.
    /// </summary>
    public IType? ElementOutputType { get; }

    /// <summary>How build errors name the member, e.g. <c>The method 'UserQueries.GetUsers'</c>.</summary>
    public string MemberDescription => "The " + CodeFirstException.Describe(Member);

    /// <summary>The GraphQL output type of a CLR type as the conventions map it, made (and added to the schema) if new.</summary>
    /// <exception cref="InvalidOperationException">The CLR type has no GraphQL output type; the message says why.</exception>
    public NamedType OutputTypeOf(Type clrType) => _build.Types.OutputType(clrType);

    /// <summary>
    /// The schema-wide options of type <typeparamref name="T"/> set with
    /// <see cref="CodeFirstSchemaBuilder.ConfigureOptions{T}"/>, or <c>new T()</c> (the defaults) when none were set.
    /// </summary>
    public T GetOptions<T>() where T : class, new() =>
        _build.Options.TryGetValue(typeof(T), out var options) ? (T)options : new T();

    /// <summary>The name the conventions give the field made from a member (<c>GetUserById</c> → <c>userById</c>).</summary>
    public static string FieldNameOf(MemberInfo member) => SchemaConventions.FieldName(member);

    /// <summary>
    /// The type a middleware made under this name, or the one <paramref name="create"/> makes now, added to the
    /// schema. Shared types such as <c>PageInfo</c> are made once and reused by every field.
    /// </summary>
    /// <exception cref="InvalidOperationException">The name belongs to a type the middleware did not make, or of another kind.</exception>
    public T GetOrAddType<T>(string name, Func<T> create) where T : NamedType => _build.MiddlewareTypes.GetOrAdd(name, create);

    /// <summary>
    /// Wraps the field's resolver: <paramref name="middleware"/> receives the next resolver and returns the one to
    /// call instead. The first middleware registered (by the first attribute declared) is the outermost.
    /// </summary>
    public void Use(Func<FieldResolver, FieldResolver> middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
    }

    /// <summary>
    /// Declares that the middleware puts a value of <paramref name="type"/> into the field's local state, keyed by
    /// <see cref="LocalStateAttribute.KeyOf"/>, before the resolver runs. A resolver parameter of a type whose
    /// <c>[LocalState]</c> names its <see cref="LocalStateAttribute.ProvidedBy"/> is a build error unless one of the
    /// field's middleware declared its type.
    /// </summary>
    public void ProvideLocalState(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _localState.Add(type);
    }

    /// <summary>Whether a middleware of the field declared that it provides <paramref name="type"/>.</summary>
    internal bool ProvidesLocalState(Type type) => _localState.Contains(type);

    /// <summary>The resolver with every registered middleware around it, the first registered outermost.</summary>
    internal FieldResolver Wrap(FieldResolver resolver)
    {
        for (var i = _middleware.Count - 1; i >= 0; i--)
        {
            resolver = _middleware[i](resolver);
        }
        return resolver;
    }
}
