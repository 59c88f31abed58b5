using System.Diagnostics.CodeAnalysis;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// A scalar serialized as a string in a fixed format (dates, times, identifiers, URLs). Subclasses say how to
/// format and parse; this class applies the three coercions and reports failures uniformly.
/// Variable values may be the formatted string or, when set from C#, the runtime value itself.
/// </summary>
public abstract class FormattedScalarType<TRuntime>(string name) : ScalarType(name) where TRuntime : notnull
{
    public override Type RuntimeType => typeof(TRuntime);

    /// <summary>The expected format in words, for error messages: e.g. <c>an RFC 3339 date-time</c>.</summary>
    protected abstract string FormatDescription { get; }

    /// <summary>Formats a runtime value; false when the value is not one this scalar can represent.</summary>
    protected abstract bool TryFormat(object value, [NotNullWhen(true)] out string? text);

    /// <summary>Parses the serialized form; false when the text is not in the expected format.</summary>
    protected abstract bool TryParse(string text, [NotNullWhen(true)] out TRuntime? value);

    public sealed override object Serialize(object value) =>
        TryFormat(value, out var text)
            ? text
            : throw new CoercionException($"{Name} cannot represent the {value.GetType().Name} value {ValueDisplay.Of(value)}.");

    public sealed override object ParseValue(object value) => value switch
    {
        string text => Parse(text),
        TRuntime => value,
        _ => throw CannotParse(ValueDisplay.Of(value)),
    };

    public sealed override object ParseLiteral(IValueNode literal) =>
        literal is StringValueNode text ? Parse(text.Value) : throw CannotParse(ValueDisplay.Of(literal));

    public sealed override IValueNode ValueToLiteral(object value) => new StringValueNode((string)Serialize(value));

    private object Parse(string text) => TryParse(text, out var value) ? value : throw CannotParse(ValueDisplay.Of(text));

    private CoercionException CannotParse(string shownValue) =>
        new($"{Name} cannot parse the value {shownValue}: expected {FormatDescription}.");
}
