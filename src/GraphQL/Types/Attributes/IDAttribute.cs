namespace GraphQL.Types;

/// <summary>
/// Makes a field or argument of type <c>ID</c> whatever its CLR type (a <c>Guid</c>, a number, a string),
/// keeping its list and nullability shape: <c>List&lt;Guid&gt;</c> becomes <c>[ID!]!</c>. With global object
/// identification on (<c>AddGlobalObjectIdentification</c>), fields return global ids of
/// <see cref="TypeName"/> (by default the type that declares the field), and arguments and input fields take
/// global ids and hand resolvers the raw id, refusing ids of another type than <see cref="TypeName"/> when it is set.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, Inherited = false)]
public class IDAttribute(string? typeName = null) : Attribute
{
    /// <summary>The GraphQL type the id belongs to, kept for global (Relay) ids.</summary>
    public virtual string? TypeName { get; } = typeName;
}

/// <summary><c>[ID]</c> for ids of the GraphQL type of <typeparamref name="T"/>: <c>[ID&lt;User&gt;] Guid authorId</c>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, Inherited = false)]
public sealed class IDAttribute<T>() : IDAttribute(CodeFirst.SchemaConventions.TypeName(typeof(T), isInput: false));
