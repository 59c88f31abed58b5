using GraphApi.Auth.Accounts;
using GraphApi.Auth.Passwords;
using Microsoft.Extensions.Options;

namespace GraphApi.Auth.Tests.Passwords;

public sealed class PasswordRulesTests
{
    private static readonly PasswordRules Rules = new(Options.Create(new PasswordPolicyOptions()));

    [Theory]
    [InlineData("abcdefg1")]
    [InlineData("1234567a")]
    [InlineData("비밀번호비밀번1")]
    [InlineData("correct horse battery staple 42")]
    public void Accepts_8_to_64_characters_with_a_letter_and_a_digit(string password) => Assert.Empty(Rules.Check(password));

    [Fact]
    public void Accepts_exactly_64_characters() => Assert.Empty(Rules.Check(new string('a', 63) + "1"));

    [Fact]
    public void Refuses_fewer_than_8_characters() => Assert.Equal([PasswordProblem.TooShort], Rules.Check("abcdef1"));

    [Fact]
    public void Refuses_more_than_64_characters() => Assert.Equal([PasswordProblem.TooLong], Rules.Check(new string('a', 64) + "1"));

    [Fact]
    public void Refuses_a_password_without_a_letter() => Assert.Equal([PasswordProblem.MissingLetter], Rules.Check("12345678!"));

    [Fact]
    public void Refuses_a_password_without_a_digit() => Assert.Equal([PasswordProblem.MissingDigit], Rules.Check("abcdefgh!"));

    [Fact]
    public void Names_every_rule_that_is_broken() =>
        Assert.Equal([PasswordProblem.TooShort, PasswordProblem.MissingLetter, PasswordProblem.MissingDigit], Rules.Check(""));

    [Fact]
    public void Counts_characters_not_utf16_units()
    {
        Assert.Empty(Rules.Check("😀😀😀😀😀😀a1"));
        Assert.Empty(Rules.Check(new string('a', 61) + "1😀😀"));
        Assert.Equal([PasswordProblem.TooShort], Rules.Check("😀😀😀a1"));
    }

    [Fact]
    public void Lengths_come_from_the_options()
    {
        var rules = new PasswordRules(Options.Create(new PasswordPolicyOptions { MinLength = 12, MaxLength = 20 }));

        Assert.Equal([PasswordProblem.TooShort], rules.Check("abcdefghij1"));
        Assert.Empty(rules.Check("abcdefghijk1"));
        Assert.Equal([PasswordProblem.TooLong], rules.Check("abcdefghijklmnopqrst1"));
    }

    [Fact]
    public void The_weak_password_error_says_what_is_wrong_with_the_limits()
    {
        var error = new WeakPasswordError(Rules.Check(""), Rules.MinLength, Rules.MaxLength);

        Assert.Equal(
            "The password is too weak: it must have at least 8 characters; it must contain a letter; it must contain a digit.",
            error.Message);
        Assert.Equal(
            "The password is too weak: it must have at most 64 characters.",
            new WeakPasswordError([PasswordProblem.TooLong], 8, 64).Message);
    }
}
