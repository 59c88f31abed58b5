using System.Globalization;

namespace GraphQL.Types.Conversion;

/// <summary>
/// Converts numbers to any CLR numeric type without losing information, and <c>ID</c> strings to numbers.
/// A fraction for an integer type, or a value out of the type's range, is an <see cref="InputConversionException"/>.
/// </summary>
internal static class NumberConverter
{
    public static bool IsNumber(Type type) =>
        IsInteger(type) || type == typeof(double) || type == typeof(float) || type == typeof(decimal);

    public static object Convert(object value, Type target)
    {
        if (value is string text)
        {
            return Parse(text, target);
        }
        NumericConversion conversion;
        object number;
        if (IsInteger(target))
        {
            conversion = NumericConversions.ToInt64(value, out var integer);
            number = integer;
        }
        else if (target == typeof(decimal))
        {
            conversion = NumericConversions.ToDecimal(value, out var exact);
            number = exact;
        }
        else
        {
            conversion = NumericConversions.ToDouble(value, out var floating);
            number = floating;
        }
        return conversion switch
        {
            NumericConversion.Success => ChangeType(number, value, target),
            NumericConversion.NotNumeric => throw new InvalidCastException($"{value.GetType().Name} is not a number."),
            NumericConversion.OutOfRange => throw InputConversionException.OutOfRange(value, target),
            _ => throw InputConversionException.CannotConvert(value, target),
        };
    }

    private static bool IsInteger(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) ||
        type == typeof(sbyte) || type == typeof(ushort) || type == typeof(uint) || type == typeof(ulong);

    private static object ChangeType(object number, object given, Type target)
    {
        try
        {
            return System.Convert.ChangeType(number, target, CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            throw InputConversionException.OutOfRange(given, target);
        }
    }

    private static object Parse(string text, Type target)
    {
        try
        {
            return System.Convert.ChangeType(text, target, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            throw InputConversionException.CannotConvert(text, target);
        }
        catch (OverflowException)
        {
            throw InputConversionException.OutOfRange(text, target);
        }
    }
}
