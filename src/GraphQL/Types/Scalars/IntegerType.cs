using System.Globalization;
using System.Numerics;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// A signed whole-number scalar of runtime type <typeparamref name="T"/> (<see cref="IntType"/>,
/// <see cref="LongType"/>): results and variables may be any CLR number with an integral value in range (so
/// <c>1.0</c> serializes as <c>1</c>); literals must be integer literals.
/// </summary>
public abstract class IntegerType<T> : ScalarType
    where T : struct, IBinaryInteger<T>, IMinMaxValue<T>
{
    private static readonly long Min = long.CreateTruncating(T.MinValue);
    private static readonly long Max = long.CreateTruncating(T.MaxValue);
    private readonly string _range;

    /// <param name="name">The scalar's name.</param>
    /// <param name="bits">The size of <typeparamref name="T"/> in bits, for error messages.</param>
    private protected IntegerType(string name, int bits) : base(name)
    {
        _range = $"{bits}-bit signed range";
        Description = $"The `{name}` scalar type represents a signed {bits}-bit whole number, "
            + $"from -(2^{bits - 1}) to 2^{bits - 1} - 1.";
    }

    public sealed override Type RuntimeType => typeof(T);

    public sealed override object Serialize(object value) => value is T ? value : Convert(value);

    public sealed override object ParseValue(object value) => value is T ? value : Convert(value);

    public sealed override object ParseLiteral(IValueNode literal)
    {
        if (literal is not IntValueNode integer)
        {
            throw NotInteger(ValueDisplay.Of(literal));
        }
        return T.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw OutOfRange(integer.Value);
    }

    public sealed override IValueNode ValueToLiteral(object value) =>
        new IntValueNode(((T)Serialize(value)).ToString(null, CultureInfo.InvariantCulture));

    private object Convert(object value)
    {
        var conversion = NumericConversions.ToInt64(value, out var wide);
        if (conversion == NumericConversion.Success && (wide < Min || wide > Max))
        {
            conversion = NumericConversion.OutOfRange;
        }
        return conversion switch
        {
            NumericConversion.Success => T.CreateTruncating(wide),
            NumericConversion.OutOfRange => throw OutOfRange(ValueDisplay.Of(value)),
            _ => throw NotInteger(ValueDisplay.Of(value)),
        };
    }

    private CoercionException NotInteger(string shownValue) => new($"{Name} cannot represent non-integer value: {shownValue}");

    private CoercionException OutOfRange(string shownValue) => new($"{Name} cannot represent a value outside the {_range}: {shownValue}");
}
