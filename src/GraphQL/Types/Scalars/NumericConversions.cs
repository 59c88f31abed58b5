using System.Globalization;

namespace GraphQL.Types;

/// <summary>Why a numeric conversion failed (or that it did not).</summary>
internal enum NumericConversion
{
    Success,

    /// <summary>The value is not a CLR number at all.</summary>
    NotNumeric,

    /// <summary>The value is a number with a fractional part, or NaN or an infinity.</summary>
    NotInteger,

    /// <summary>The value is a number outside the target's range.</summary>
    OutOfRange,
}

/// <summary>
/// Converts any CLR numeric value (the runtime values resolvers return and the numbers JSON variables arrive as)
/// to the representation of a numeric scalar, without losing information.
/// </summary>
internal static class NumericConversions
{
    // 2^63 as a double: the first double above long.MaxValue.
    private const double TwoPow63 = 9223372036854775808.0;

    public static NumericConversion ToInt64(object value, out long result)
    {
        result = 0;
        switch (value)
        {
            case int or long or short or byte or sbyte or ushort or uint:
                result = ((IConvertible)value).ToInt64(CultureInfo.InvariantCulture);
                return NumericConversion.Success;
            case ulong ul:
                if (ul > long.MaxValue)
                {
                    return NumericConversion.OutOfRange;
                }
                result = (long)ul;
                return NumericConversion.Success;
            case double d:
                return FromDouble(d, out result);
            case float f:
                return FromDouble(f, out result);
            case decimal m:
                if (decimal.Truncate(m) != m)
                {
                    return NumericConversion.NotInteger;
                }
                if (m is < long.MinValue or > long.MaxValue)
                {
                    return NumericConversion.OutOfRange;
                }
                result = (long)m;
                return NumericConversion.Success;
            default:
                return NumericConversion.NotNumeric;
        }
    }

    /// <summary>Any number to a finite double; NaN and infinities are out of range.</summary>
    public static NumericConversion ToDouble(object value, out double result)
    {
        switch (value)
        {
            case double d:
                result = d;
                break;
            case float f:
                result = f;
                break;
            case decimal m:
                result = (double)m;
                break;
            case ulong ul:
                result = ul;
                break;
            default:
                // The remaining numbers are integers that fit a long.
                var conversion = ToInt64(value, out var integer);
                result = integer;
                return conversion;
        }
        return double.IsFinite(result) ? NumericConversion.Success : NumericConversion.OutOfRange;
    }

    public static NumericConversion ToDecimal(object value, out decimal result)
    {
        switch (value)
        {
            case decimal m:
                result = m;
                return NumericConversion.Success;
            case double d:
                return FromDouble(d, out result);
            case float f:
                return FromDouble(f, out result);
            case ulong ul:
                result = ul;
                return NumericConversion.Success;
            default:
                var conversion = ToInt64(value, out var integer);
                result = integer;
                return conversion;
        }
    }

    private static NumericConversion FromDouble(double value, out decimal result)
    {
        result = 0;
        if (!double.IsFinite(value) || Math.Abs(value) >= (double)decimal.MaxValue)
        {
            return NumericConversion.OutOfRange;
        }
        result = (decimal)value;
        return NumericConversion.Success;
    }

    private static NumericConversion FromDouble(double value, out long result)
    {
        result = 0;
        if (!double.IsFinite(value) || Math.Truncate(value) != value)
        {
            return NumericConversion.NotInteger;
        }
        if (value < -TwoPow63 || value >= TwoPow63)
        {
            return NumericConversion.OutOfRange;
        }
        result = (long)value;
        return NumericConversion.Success;
    }
}
