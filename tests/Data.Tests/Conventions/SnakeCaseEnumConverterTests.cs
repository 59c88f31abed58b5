using GraphApi.Data.Accounts;
using GraphApi.Data.Conventions;

namespace GraphApi.Data.Tests.Conventions;

public sealed class SnakeCaseEnumConverterTests
{
    private readonly SnakeCaseEnumConverter<VerificationPurpose> _converter = new();

    [Theory]
    [InlineData(VerificationPurpose.SignUp, "sign_up")]
    [InlineData(VerificationPurpose.PasswordReset, "password_reset")]
    [InlineData(VerificationPurpose.EmailChange, "email_change")]
    public void Converts_both_ways(VerificationPurpose purpose, string text)
    {
        Assert.Equal(text, _converter.ConvertToProvider(purpose));
        Assert.Equal(purpose, _converter.ConvertFromProvider(text));
    }

    [Fact]
    public void Unknown_text_from_the_database_is_an_error_naming_the_enum()
    {
        var error = Assert.Throws<InvalidOperationException>(() => _converter.ConvertFromProvider("SignUp"));
        Assert.Equal("The database holds 'SignUp', which is not a VerificationPurpose.", error.Message);
    }

    [Fact]
    public void Undefined_enum_value_is_an_error()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _converter.ConvertToProvider((VerificationPurpose)42));
        Assert.Contains("42 is not a member of VerificationPurpose.", error.Message);
    }
}
