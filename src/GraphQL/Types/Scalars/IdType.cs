using System.Globalization;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// The spec's <c>ID</c>: an opaque identifier, always serialized as a string. Results may be strings, integers or
/// GUIDs; input may be a string or an integer, and becomes a string.
/// </summary>
public sealed class IdType : ScalarType
{
    public IdType() : base("ID")
    {
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as a cache key. "
            + "It is serialized as a string; as input, both strings and integers are accepted.";
    }

    public override Type RuntimeType => typeof(string);

    public override object Serialize(object value) => value switch
    {
        string => value,
        Guid guid => guid.ToString("D"),
        int or long or short or byte or sbyte or ushort or uint or ulong =>
            ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"ID cannot represent value: {ValueDisplay.Of(value)}"),
    };

    public override object ParseValue(object value) => value switch
    {
        string => value,
        _ when NumericConversions.ToInt64(value, out var integer) == NumericConversion.Success =>
            integer.ToString(CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"ID cannot represent a non-string and non-integer value: {ValueDisplay.Of(value)}"),
    };

    public override object ParseLiteral(IValueNode literal) => literal switch
    {
        StringValueNode text => text.Value,
        IntValueNode integer => integer.Value,
        _ => throw new CoercionException($"ID cannot represent a non-string and non-integer value: {ValueDisplay.Of(literal)}"),
    };

    public override IValueNode ValueToLiteral(object value) => new StringValueNode((string)Serialize(value));
}
