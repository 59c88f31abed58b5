using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types.Scalars;

/// <summary>Assertions shared by the scalar tests.</summary>
internal static class ScalarAssert
{
    public static void Fails(string expectedMessage, Func<object> coercion)
    {
        var error = Assert.Throws<CoercionException>(coercion);
        Assert.Equal(expectedMessage, error.Message);
    }

    /// <summary>Asserts a literal's kind and text (numbers, strings, enum names).</summary>
    public static void Literal(SyntaxKind expectedKind, string expectedText, IValueNode literal)
    {
        Assert.Equal(expectedKind, literal.Kind);
        var text = literal switch
        {
            IntValueNode integer => integer.Value,
            FloatValueNode number => number.Value,
            StringValueNode str => str.Value,
            EnumValueNode enumValue => enumValue.Value,
            BooleanValueNode flag => flag.Value ? "true" : "false",
            _ => throw new InvalidOperationException($"Unexpected literal {literal.Kind}."),
        };
        Assert.Equal(expectedText, text);
    }
}
