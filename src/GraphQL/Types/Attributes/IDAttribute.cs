namespace GraphQL.Types;

/// <summary>
/// Makes a field or argument of type <c>ID</c> whatever its CLR type (a <c>Guid</c>, a number, a string),
/// keeping its list and nullability shape: <c>List&lt;Guid&gt;</c> becomes <c>[ID!]!</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, Inherited = false)]
public sealed class IDAttribute(string? typeName = null) : Attribute
{
    /// <summary>The GraphQL type the id belongs to, kept for global (Relay) ids.</summary>
    public string? TypeName { get; } = typeName;
}
