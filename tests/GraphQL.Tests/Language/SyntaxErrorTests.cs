using GraphQL.Language;

namespace GraphQL.Tests.Language;

public class SyntaxErrorTests
{
    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{}", "Syntax Error: Expected Name, found \"}\".", 1, 2)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{ a(b: ) }", "Syntax Error: Unexpected \")\".", 1, 8)]
    [InlineData("{ a(x: [1, 2) }", "Syntax Error: Unexpected \")\".", 1, 13)]
    [InlineData("{ a(b: 1 c) }", "Syntax Error: Expected \":\", found \")\".", 1, 11)]
    [InlineData("{ a() }", "Syntax Error: Expected Name, found \")\".", 1, 5)]
    [InlineData("query Q() { a }", "Syntax Error: Expected \"$\", found \")\".", 1, 9)]
    [InlineData("query Q($a Int) { a }", "Syntax Error: Expected \":\", found Name \"Int\".", 1, 12)]
    [InlineData("notAKeyword { a }", "Syntax Error: Unexpected Name \"notAKeyword\".", 1, 1)]
    [InlineData("query { a }\n}", "Syntax Error: Unexpected \"}\".", 2, 1)]
    [InlineData("{ a { b }", "Syntax Error: Expected Name, found <EOF>.", 1, 10)]
    [InlineData("\"described\" { a }", "Syntax Error: Unexpected \"{\".", 1, 13)]
    [InlineData("query Q(\"described\") { a }", "Syntax Error: Expected \"$\", found \")\".", 1, 20)]
    [InlineData("{ \"described\" a }", "Syntax Error: Expected Name, found String \"described\".", 1, 3)]
    [InlineData("{ a(s: \"str\" }", "Syntax Error: Expected Name, found \"}\".", 1, 14)]
    [InlineData("{ \"\"\"block\"\"\" }", "Syntax Error: Expected Name, found BlockString \"block\".", 1, 3)]
    [InlineData("{ 12 }", "Syntax Error: Expected Name, found Int \"12\".", 1, 3)]
    [InlineData("{ a(x: 1) 1.5 }", "Syntax Error: Expected Name, found Float \"1.5\".", 1, 11)]
    [InlineData("{ a(x: |) }", "Syntax Error: Unexpected \"|\".", 1, 8)]
    [InlineData("query Q { ... }", "Syntax Error: Expected \"{\", found \"}\".", 1, 15)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment F Type { a }", "Syntax Error: Expected \"on\", found Name \"Type\".", 1, 12)]
    [InlineData("fragment F { a }", "Syntax Error: Expected \"on\", found \"{\".", 1, 12)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\": a fragment cannot be named \"on\".", 1, 10)]
    [InlineData("query Q($v: Int = $other) { a }", "Syntax Error: Unexpected variable \"$other\" in a constant value: variables are not allowed here.", 1, 19)]
    [InlineData("query Q($v: Int @d(a: $v)) { a }", "Syntax Error: Unexpected variable \"$v\" in a constant value: variables are not allowed here.", 1, 23)]
    [InlineData("scalar S @d(a: [$v])", "Syntax Error: Unexpected variable \"$v\" in a constant value: variables are not allowed here.", 1, 17)]
    [InlineData("type T { f(a: Int = {x: $v}): Int }", "Syntax Error: Unexpected variable \"$v\" in a constant value: variables are not allowed here.", 1, 25)]
    [InlineData("type T { }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("type T implements { a: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 19)]
    [InlineData("type T { a(): Int }", "Syntax Error: Expected Name, found \")\".", 1, 12)]
    [InlineData("type T { a Int }", "Syntax Error: Expected \":\", found Name \"Int\".", 1, 12)]
    [InlineData("union U = ", "Syntax Error: Expected Name, found <EOF>.", 1, 11)]
    [InlineData("enum E { true }", "Syntax Error: Unexpected Name \"true\": it is reserved and cannot be an enum value.", 1, 10)]
    [InlineData("enum E { null }", "Syntax Error: Unexpected Name \"null\": it is reserved and cannot be an enum value.", 1, 10)]
    [InlineData("directive @d on FOO", "Syntax Error: Unexpected Name \"FOO\": it is not a directive location.", 1, 17)]
    [InlineData("directive @d(a: Int)", "Syntax Error: Expected \"on\", found <EOF>.", 1, 21)]
    [InlineData("directive d on FIELD", "Syntax Error: Expected \"@\", found Name \"d\".", 1, 11)]
    [InlineData("schema { query Q }", "Syntax Error: Expected \":\", found Name \"Q\".", 1, 16)]
    [InlineData("schema { field: Q }", "Syntax Error: Expected \"query\", \"mutation\" or \"subscription\", found Name \"field\".", 1, 10)]
    [InlineData("schema @d", "Syntax Error: Expected \"{\", found <EOF>.", 1, 10)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend scalar S { a: Int }", "Syntax Error: Unexpected \"{\".", 1, 17)]
    [InlineData("extend directive @d on FIELD", "Syntax Error: Unexpected Name \"directive\".", 1, 8)]
    [InlineData("extend", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("\"desc\" extend type T @d", "Syntax Error: Unexpected Name \"extend\".", 1, 8)]
    [InlineData("type T { f: [Int }", "Syntax Error: Expected \"]\", found \"}\".", 1, 18)]
    [InlineData("query Q($v: Int!!) { a }", "Syntax Error: Expected \"$\", found \"!\".", 1, 17)]
    public void Reports_unexpected_tokens(string source, string message, int line, int column) =>
        SyntaxAssert.FailsWith(source, message, line, column);

    [Theory]
    [InlineData("{ a(s: \"abc) }", "Syntax Error: Unterminated string.", 1, 15)]
    [InlineData("{ a(s: \"abc\n\") }", "Syntax Error: Unterminated string.", 1, 12)]
    [InlineData("{ a(s: \"abc\r\") }", "Syntax Error: Unterminated string.", 1, 12)]
    [InlineData("{ a(s: \"abc\\", "Syntax Error: Unterminated string.", 1, 13)]
    [InlineData("{ a(s: \"\"\"abc\n  def\"\") }", "Syntax Error: Unterminated string.", 2, 11)]
    [InlineData("{ a(s: \"\\x\") }", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 9)]
    [InlineData("{ a(s: \"\\'\") }", "Syntax Error: Invalid character escape sequence: \"\\'\".", 1, 9)]
    [InlineData("{ a(s: \"\\\t\") }", "Syntax Error: Invalid character escape sequence: \"\\\" followed by U+0009.", 1, 9)]
    [InlineData("{ a(s: \"\\\u00e9\") }", "Syntax Error: Invalid character escape sequence: \"\\\" followed by U+00E9.", 1, 9)]
    [InlineData("{ a(s: \"ab\\\nc\") }", "Syntax Error: Unterminated string.", 1, 12)]
    [InlineData("{ a(s: \"ok \\u12G4\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u12G4\".", 1, 12)]
    [InlineData("{ a(s: \"\\u12\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u12\".", 1, 9)]
    [InlineData("{ a(s: \"\\uD83D\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 9)]
    [InlineData("{ a(s: \"\\uDE00\\uD83D\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".", 1, 9)]
    [InlineData("{ a(s: \"\\uD83D\\u0041\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 9)]
    [InlineData("{ a(s: \"\\uD83Dx\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 9)]
    [InlineData("{ a(s: \"\\u{D83D}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D83D}\".", 1, 9)]
    [InlineData("{ a(s: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9)]
    [InlineData("{ a(s: \"\\u{}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 9)]
    [InlineData("{ a(s: \"\\u{41\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{41\".", 1, 9)]
    [InlineData("{ a(s: \"\\u{4X}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{4\".", 1, 9)]
    public void Reports_bad_strings_and_escapes(string source, string message, int line, int column) =>
        SyntaxAssert.FailsWith(source, message, line, column);

    [Theory]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 9)]
    [InlineData("-01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 10)]
    [InlineData("1.", "Syntax Error: Invalid number, expected a digit but found \")\".", 1, 10)]
    [InlineData(".5", "Syntax Error: Invalid number, expected a digit before \".\".", 1, 8)]
    [InlineData("1e", "Syntax Error: Invalid number, expected a digit but found \")\".", 1, 10)]
    [InlineData("1e+", "Syntax Error: Invalid number, expected a digit but found \")\".", 1, 11)]
    [InlineData("1.e5", "Syntax Error: Invalid number, expected a digit but found \"e\".", 1, 10)]
    [InlineData("1.2.3", "Syntax Error: Invalid number, unexpected \".\" after the number.", 1, 11)]
    [InlineData("0x1", "Syntax Error: Invalid number, unexpected \"x\" after the number.", 1, 9)]
    [InlineData("12abc", "Syntax Error: Invalid number, unexpected \"a\" after the number.", 1, 10)]
    [InlineData("1.5e3_", "Syntax Error: Invalid number, unexpected \"_\" after the number.", 1, 13)]
    [InlineData("-", "Syntax Error: Invalid number, expected a digit but found \")\".", 1, 9)]
    [InlineData("-a", "Syntax Error: Invalid number, expected a digit but found \"a\".", 1, 9)]
    [InlineData("+1", "Syntax Error: Unexpected character: \"+\".", 1, 8)]
    public void Reports_invalid_numbers(string literal, string message, int line, int column) =>
        SyntaxAssert.FailsWith("{ a(n: " + literal + ") }", message, line, column);

    [Fact]
    public void Number_at_end_of_input_reports_end_of_file() =>
        Assert.Equal(
            "Syntax Error: Invalid number, expected a digit but found <EOF>.",
            Assert.Throws<SyntaxException>(() => Parser.ParseValue("1.")).Message);

    [Theory]
    [InlineData("{ a ? }", "Syntax Error: Unexpected character: \"?\".", 1, 5)]
    [InlineData("{ a(s: 'x') }", "Syntax Error: Unexpected character: \"'\". Strings are written between double quotes (\").", 1, 8)]
    [InlineData("{ a \u0007 }", "Syntax Error: Unexpected character: U+0007.", 1, 5)]
    [InlineData("{ a \u00e9 }", "Syntax Error: Unexpected character: U+00E9.", 1, 5)]
    [InlineData("{ a \U0001F600 }", "Syntax Error: Unexpected character: U+1F600.", 1, 5)]
    [InlineData("{ a .. }", "Syntax Error: Unexpected character: \".\".", 1, 5)]
    [InlineData("{\n  a\n  \"\n}", "Syntax Error: Unterminated string.", 3, 4)]
    public void Reports_unexpected_characters(string source, string message, int line, int column) =>
        SyntaxAssert.FailsWith(source, message, line, column);

    // Lone surrogates cannot go through attribute arguments, which must be valid UTF-16.
    [Fact]
    public void Reports_lone_surrogates()
    {
        SyntaxAssert.FailsWith("{ a(s: \"lone " + '\uD800' + " surrogate\") }", "Syntax Error: Invalid character within String: U+D800.", 1, 14);
        SyntaxAssert.FailsWith("{ a(s: \"\"\"lone " + '\uDC00' + "\"\"\") }", "Syntax Error: Invalid character within String: U+DC00.", 1, 16);
        SyntaxAssert.FailsWith("{ a(s: \"swapped " + '\uDC00' + '\uD800' + "\") }", "Syntax Error: Invalid character within String: U+DC00.", 1, 17);
        SyntaxAssert.FailsWith("{ a " + '\uD800' + " }", "Syntax Error: Invalid character: U+D800.", 1, 5);
        SyntaxAssert.FailsWith("{ a # lone " + '\uDC00' + " in a comment\n }", "Syntax Error: Invalid character: U+DC00.", 1, 12);
    }

    [Fact]
    public void Error_carries_the_offset_and_converts_to_a_graphql_error()
    {
        var exception = SyntaxAssert.Fails("query {\n  field(arg: }\n}");
        Assert.Equal(new Location(21, 22, 2, 14), exception.Location);

        var error = exception.ToError();
        Assert.Equal("Syntax Error: Unexpected \"}\".", error.Message);
        Assert.Equal([new Location(21, 22, 2, 14)], error.Locations);
        Assert.Equal("HC0011", error.Code);
    }

    [Fact]
    public void Value_and_type_parsers_reject_trailing_tokens()
    {
        Assert.Equal("Syntax Error: Expected <EOF>, found Int \"2\".", Assert.Throws<SyntaxException>(() => Parser.ParseValue("1 2")).Message);
        Assert.Equal("Syntax Error: Expected <EOF>, found \"!\".", Assert.Throws<SyntaxException>(() => Parser.ParseType("Int!!")).Message);
        Assert.Equal(
            "Syntax Error: Unexpected variable \"$v\" in a constant value: variables are not allowed here.",
            Assert.Throws<SyntaxException>(() => Parser.ParseConstValue("[$v]")).Message);
    }
}
