using GraphApi.Server.Health;

namespace GraphApi.Server.Tests.Health;

public sealed class RedisEndpointTests
{
    [Theory]
    [InlineData("127.0.0.1:6380", "127.0.0.1", 6380)]
    [InlineData("redis", "redis", 6379)]
    [InlineData(" redis:7000 ,password=secret,ssl=false", "redis", 7000)]
    [InlineData("[::1]:6390", "::1", 6390)]
    [InlineData("[::1]", "::1", 6379)]
    public void Reads_the_host_and_port_of_the_first_endpoint(string connectionString, string host, int port)
    {
        var endpoint = RedisEndpoint.Parse(connectionString);

        Assert.Equal(new RedisEndpoint(host, port), endpoint);
    }

    [Theory]
    [InlineData("", "it does not start with a host")]
    [InlineData("password=secret", "it does not start with a host")]
    [InlineData("redis:port", "the port 'port' is not a number from 1 to 65535")]
    [InlineData("redis:0", "the port '0' is not a number from 1 to 65535")]
    [InlineData("redis:65536", "the port '65536' is not a number from 1 to 65535")]
    [InlineData("[::1:6379", "the IPv6 address has no closing ']'")]
    [InlineData("[::1]6379", "'6379' follows the IPv6 address")]
    public void Refuses_connection_strings_without_a_usable_endpoint(string connectionString, string reason)
    {
        var exception = Assert.Throws<FormatException>(() => RedisEndpoint.Parse(connectionString));

        Assert.Equal($"ConnectionStrings:Redis '{connectionString}' is not 'host[:port][,options]': {reason}.", exception.Message);
    }

    [Fact]
    public void Prints_ipv6_hosts_in_brackets()
    {
        Assert.Equal("[::1]:6379", new RedisEndpoint("::1", 6379).ToString());
        Assert.Equal("redis:6379", new RedisEndpoint("redis", 6379).ToString());
    }
}
