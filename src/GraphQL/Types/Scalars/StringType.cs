using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>The spec's <c>String</c>: UTF-8 text. Only strings (and chars, as one-character strings) are accepted.</summary>
public sealed class StringType : ScalarType
{
    public StringType() : base("String")
    {
        Description = "The `String` scalar type represents textual data as a sequence of UTF-8 characters, "
            + "most often free-form text meant for people to read.";
    }

    public override Type RuntimeType => typeof(string);

    public override object Serialize(object value) => value switch
    {
        string => value,
        char c => c.ToString(),
        _ => throw new CoercionException($"String cannot represent a non-string value: {ValueDisplay.Of(value)}"),
    };

    public override object ParseValue(object value) =>
        value as string ?? throw new CoercionException($"String cannot represent a non-string value: {ValueDisplay.Of(value)}");

    public override object ParseLiteral(IValueNode literal) =>
        literal is StringValueNode text
            ? text.Value
            : throw new CoercionException($"String cannot represent a non-string value: {ValueDisplay.Of(literal)}");

    public override IValueNode ValueToLiteral(object value) => new StringValueNode((string)Serialize(value));
}
