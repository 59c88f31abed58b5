using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>The spec's <c>Boolean</c>: <c>true</c> or <c>false</c>, nothing else.</summary>
public sealed class BooleanType : ScalarType
{
    // Boxed once so literal coercion allocates nothing.
    private static readonly object True = true;
    private static readonly object False = false;

    public BooleanType() : base("Boolean")
    {
        Description = "The `Boolean` scalar type represents `true` or `false`.";
    }

    public override Type RuntimeType => typeof(bool);

    public override object Serialize(object value) =>
        value is bool ? value : throw new CoercionException($"Boolean cannot represent a non-boolean value: {ValueDisplay.Of(value)}");

    public override object ParseValue(object value) =>
        value is bool ? value : throw new CoercionException($"Boolean cannot represent a non-boolean value: {ValueDisplay.Of(value)}");

    public override object ParseLiteral(IValueNode literal) =>
        literal is BooleanValueNode flag
            ? flag.Value ? True : False
            : throw new CoercionException($"Boolean cannot represent a non-boolean value: {ValueDisplay.Of(literal)}");

    public override IValueNode ValueToLiteral(object value) => new BooleanValueNode((bool)Serialize(value));
}
