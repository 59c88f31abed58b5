using GraphApi.Data.Conventions;

namespace GraphApi.Data.Tests.Conventions;

public sealed class SnakeCaseTests
{
    [Theory]
    [InlineData("Id", "id")]
    [InlineData("UserId", "user_id")]
    [InlineData("EmailNormalized", "email_normalized")]
    [InlineData("RefreshTokens", "refresh_tokens")]
    [InlineData("IPAddress", "ip_address")]
    [InlineData("IpAddress", "ip_address")]
    [InlineData("HTML", "html")]
    [InlineData("Sha256Hash", "sha256_hash")]
    [InlineData("already_snake", "already_snake")]
    [InlineData("Mixed_Case", "mixed_case")]
    [InlineData("x", "x")]
    [InlineData("", "")]
    public void Converts_names_to_snake_case(string name, string expected) =>
        Assert.Equal(expected, SnakeCase.Convert(name));
}
