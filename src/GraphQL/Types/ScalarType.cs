using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// A leaf type with its three coercions (spec 3.5): result values to serialized form, variable values
/// (from JSON: string, bool, long, double, decimal, lists, dictionaries) and literals to runtime values.
/// A value that cannot be coerced throws <see cref="CoercionException"/> with a message fit for clients.
/// </summary>
public abstract class ScalarType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The CLR type runtime values of this scalar have.</summary>
    public abstract Type RuntimeType { get; }

    /// <summary>A URL to the scalar's specification (<c>@specifiedBy</c>).</summary>
    public string? SpecifiedByUrl { get; set; }

    /// <summary>Result coercion: a runtime value to a JSON-writable value (string, bool, number).</summary>
    public abstract object Serialize(object value);

    /// <summary>Input coercion of a variable value (already parsed from JSON) to the runtime value.</summary>
    public abstract object ParseValue(object value);

    /// <summary>Input coercion of a literal (never a variable or null) to the runtime value.</summary>
    public abstract object ParseLiteral(IValueNode literal);

    /// <summary>A runtime value as a literal, for default values in introspection and SDL.</summary>
    public abstract IValueNode ValueToLiteral(object value);
}

/// <summary>A value could not be coerced to or from a GraphQL type; the message is shown to clients.</summary>
public sealed class CoercionException(string message) : Exception(message);
