using System.Text.Json;
using GraphQL.Execution;

namespace GraphQL.Tests.Execution;

public sealed class JsonInputTests
{
    [Theory]
    [InlineData("1", 1L)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("true", true)]
    [InlineData("\"text\"", "text")]
    [InlineData("null", null)]
    public void ScalarsBecomePlainValues(string json, object? expected) => Assert.Equal(expected, Parse(json));

    [Theory]
    [InlineData("5.5", "5.5")]
    [InlineData("1e2", "100")]
    [InlineData("9223372036854775808", "9223372036854775808")]
    [InlineData("0.1000000000000000000000000001", "0.1000000000000000000000000001")]
    public void NumbersThatAreNotLongsAreDecimalsWhenExact(string json, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.IsType<decimal>(Parse(json)));

    [Theory]
    [InlineData("1e400")]
    [InlineData("1e-30")]
    [InlineData("3.14159265358979323846264338327950288")]
    public void NumbersADecimalCannotHoldExactlyAreDoubles(string json) => Assert.IsType<double>(Parse(json));

    [Fact]
    public void ObjectsKeepTheirOrderAndListsTheirItems()
    {
        var value = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Parse("""{ "z": [1, "a", null], "a": { "b": false } }"""));

        Assert.Equal(["z", "a"], value.Keys);
        Assert.Equal([1L, "a", null], Assert.IsAssignableFrom<IReadOnlyList<object?>>(value["z"]));
        Assert.Equal(false, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value["a"])["b"]);
    }

    [Fact]
    public void VariablesTextMustBeAnObjectOrNull()
    {
        Assert.Null(JsonInput.ParseObject("null"));
        Assert.Throws<JsonException>(() => JsonInput.ParseObject("[1]"));
    }

    private static object? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonInput.ToValue(document.RootElement);
    }
}
