using System.Globalization;
using GraphQL.Execution;

namespace GraphQL.Types.Conversion;

/// <summary>
/// A coerced input value that does not fit the CLR type it is read as: text that is not a <see cref="Guid"/> or a
/// number, a fraction for an integer, a number out of range. The value is the client's: a field error when a resolver
/// reads it, an invalid value of the variable or argument when input coercion builds a CLR input object with it.
/// </summary>
internal sealed class InputConversionException : GraphQLException
{
    public InputConversionException(object value, string problem)
        : base(string.Create(CultureInfo.InvariantCulture, $"The value '{value}' {problem}."), ErrorCodes.InvalidValue)
    {
        Value = value;
        Problem = problem;
    }

    /// <summary>The value (or the item or field of it) that does not fit.</summary>
    public object Value { get; }

    /// <summary>What is wrong, e.g. <c>is out of range for Int32</c>.</summary>
    public string Problem { get; }

    public static InputConversionException CannotConvert(object value, Type target) => new(value, $"cannot be converted to {target.Name}");

    public static InputConversionException OutOfRange(object value, Type target) => new(value, $"is out of range for {target.Name}");
}
