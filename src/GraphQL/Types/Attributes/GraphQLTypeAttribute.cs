namespace GraphQL.Types;

/// <summary>
/// Overrides the inferred GraphQL type of a field, argument or input field.
/// With SDL text (<c>[GraphQLType("[Long!]")]</c>) the whole type reference is replaced.
/// With a CLR type, only the named type changes and the member's own list and nullability shape is kept:
/// <c>[GraphQLType(typeof(IPet))] List&lt;Dog&gt; Pets</c> becomes <c>[Pet!]!</c>. The CLR type may also be a
/// <see cref="ScalarType"/> subclass with a public parameterless constructor.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, Inherited = false)]
public sealed class GraphQLTypeAttribute : Attribute
{
    public GraphQLTypeAttribute(string typeReference) => TypeReference = typeReference;

    public GraphQLTypeAttribute(Type type) => Type = type;

    /// <summary>The GraphQL type reference, in SDL syntax.</summary>
    public string? TypeReference { get; }

    /// <summary>The CLR type whose GraphQL type names this member's type.</summary>
    public Type? Type { get; }
}
