namespace GraphApi.Redis.Tests;

public class RedisOptionsTests
{
    [Fact]
    public void Parses_host_and_port_with_every_option()
    {
        var options = RedisOptions.Parse(
            "cache.local:6380, user=app ,password=s3cret=x,database=2,connectTimeout=1500,commandTimeout=250,name=api-1");

        Assert.Equal("cache.local", options.Host);
        Assert.Equal(6380, options.Port);
        Assert.Equal("app", options.User);
        Assert.Equal("s3cret=x", options.Password);
        Assert.Equal(2, options.Database);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), options.ConnectTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.CommandTimeout);
        Assert.Equal("api-1", options.ClientName);
        Assert.Equal("cache.local:6380", options.Endpoint);
    }

    [Fact]
    public void A_bare_host_gets_the_default_port_and_defaults()
    {
        var options = RedisOptions.Parse("127.0.0.1");

        Assert.Equal(6379, options.Port);
        Assert.Null(options.Password);
        Assert.Equal(0, options.Database);
        Assert.Equal(TimeSpan.FromSeconds(5), options.CommandTimeout);
        Assert.Null(options.ClientName);
    }

    [Theory]
    [InlineData("", "must start with host[:port]")]
    [InlineData("password=x", "must start with host[:port]")]
    [InlineData("localhost:0", "port from 1 to 65535")]
    [InlineData("localhost:abc", "port from 1 to 65535")]
    [InlineData(":6379", "port from 1 to 65535")]
    [InlineData("localhost,ssl=true", "Unknown Redis connection string option \"ssl\"")]
    [InlineData("localhost,password", "must have the form name=value")]
    [InlineData("localhost,database=-1", "database must be a non-negative integer")]
    [InlineData("localhost,commandTimeout=0", "commandTimeout must be greater than 0")]
    public void Rejects_malformed_connection_strings_naming_the_problem(string connectionString, string expected)
    {
        var error = Assert.Throws<FormatException>(() => RedisOptions.Parse(connectionString));

        Assert.Contains(expected, error.Message);
    }
}
