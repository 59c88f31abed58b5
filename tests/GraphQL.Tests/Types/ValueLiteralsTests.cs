using GraphQL.Language;
using GraphQL.Tests.Types.Scalars;
using GraphQL.Types;

namespace GraphQL.Tests.Types;

public class ValueLiteralsTests
{
    private enum Color
    {
        Red,
        DarkBlue,
    }

    private sealed record Filter(string? Name, int Limit, Color Color);

    private static readonly EnumType ColorEnum = CreateColorEnum();

    private static readonly InputObjectType FilterInput = CreateFilterInput();

    [Fact]
    public void Null_becomes_the_null_literal_and_is_an_error_for_non_null_types()
    {
        Assert.IsType<NullValueNode>(ValueLiterals.FromValue(null, BuiltInScalars.Int));
        var error = Assert.Throws<CoercionException>(() => ValueLiterals.FromValue(null, new NonNullType(BuiltInScalars.Int)));
        Assert.Equal("Expected a value of non-null type Int!, found null.", error.Message);
    }

    [Fact]
    public void Scalars_use_their_ValueToLiteral()
    {
        ScalarAssert.Literal(SyntaxKind.IntValue, "3", ValueLiterals.FromValue(3, new NonNullType(BuiltInScalars.Int)));
        ScalarAssert.Literal(SyntaxKind.StringValue, "2026-01-02", ValueLiterals.FromValue(new DateOnly(2026, 1, 2), BuiltInScalars.Date));
        Assert.Throws<CoercionException>(() => ValueLiterals.FromValue("three", BuiltInScalars.Int));
    }

    [Fact]
    public void Enumerables_become_lists_and_a_single_value_stays_single()
    {
        var list = Assert.IsType<ListValueNode>(ValueLiterals.FromValue(new[] { 1, 2 }, new ListType(BuiltInScalars.Int)));
        Assert.Equal(["1", "2"], list.Values.Select(v => ((IntValueNode)v).Value));

        ScalarAssert.Literal(SyntaxKind.IntValue, "7", ValueLiterals.FromValue(7, new ListType(BuiltInScalars.Int)));
        ScalarAssert.Literal(SyntaxKind.StringValue, "abc", ValueLiterals.FromValue("abc", new ListType(BuiltInScalars.String)));

        var nested = Assert.IsType<ListValueNode>(ValueLiterals.FromValue(new List<int[]> { new[] { 1 }, new[] { 2, 3 } }, new ListType(new ListType(BuiltInScalars.Int))));
        Assert.Equal(2, Assert.IsType<ListValueNode>(nested.Values[1]).Values.Count);
    }

    [Fact]
    public void Enums_are_found_by_runtime_value_or_name()
    {
        ScalarAssert.Literal(SyntaxKind.EnumValue, "DARK_BLUE", ValueLiterals.FromValue(Color.DarkBlue, ColorEnum));
        ScalarAssert.Literal(SyntaxKind.EnumValue, "RED", ValueLiterals.FromValue("RED", ColorEnum));
        var error = Assert.Throws<CoercionException>(() => ValueLiterals.FromValue("GREEN", ColorEnum));
        Assert.Equal("Enum Color cannot represent the value \"GREEN\".", error.Message);
    }

    [Fact]
    public void Dictionaries_supply_input_object_fields_by_graphql_name_keeping_explicit_nulls()
    {
        var value = new Dictionary<string, object?> { ["name"] = null, ["limit"] = 5, ["ignored"] = true };
        var literal = Assert.IsType<ObjectValueNode>(ValueLiterals.FromValue(value, FilterInput));
        Assert.Equal(["name", "limit"], literal.Fields.Select(f => f.Name.Value));
        Assert.IsType<NullValueNode>(literal.Fields[0].Value);
        ScalarAssert.Literal(SyntaxKind.IntValue, "5", literal.Fields[1].Value);
    }

    [Fact]
    public void Clr_objects_supply_fields_by_runtime_name_or_name_leaving_out_nulls()
    {
        var literal = Assert.IsType<ObjectValueNode>(ValueLiterals.FromValue(new Filter(null, 10, Color.Red), FilterInput));
        Assert.Equal(["limit", "color"], literal.Fields.Select(f => f.Name.Value));
        ScalarAssert.Literal(SyntaxKind.IntValue, "10", literal.Fields[0].Value);
        ScalarAssert.Literal(SyntaxKind.EnumValue, "RED", literal.Fields[1].Value);
    }

    [Fact]
    public void Lists_of_input_objects_are_not_mistaken_for_single_dictionaries()
    {
        var items = new[] { new Dictionary<string, object?> { ["limit"] = 1 } };
        var literal = Assert.IsType<ListValueNode>(ValueLiterals.FromValue(items, new ListType(FilterInput)));
        Assert.IsType<ObjectValueNode>(Assert.Single(literal.Values));

        var single = ValueLiterals.FromValue(new Dictionary<string, object?> { ["limit"] = 1 }, new ListType(FilterInput));
        Assert.IsType<ObjectValueNode>(single);
    }

    [Fact]
    public void Output_types_are_rejected() =>
        Assert.Throws<ArgumentException>(() => ValueLiterals.FromValue(1, new ObjectType("User")));

    private static EnumType CreateColorEnum()
    {
        var type = new EnumType("Color") { RuntimeType = typeof(Color) };
        type.Values.Add(new EnumValue("RED", Color.Red));
        type.Values.Add(new EnumValue("DARK_BLUE", Color.DarkBlue));
        return type;
    }

    private static InputObjectType CreateFilterInput()
    {
        var type = new InputObjectType("FilterInput");
        type.Fields.Add(new InputField("name", BuiltInScalars.String));
        type.Fields.Add(new InputField("limit", new NonNullType(BuiltInScalars.Int)) { RuntimeName = nameof(Filter.Limit) });
        type.Fields.Add(new InputField("color", ColorEnum));
        return type;
    }
}
