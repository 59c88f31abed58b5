using GraphQL.AspNetCore.Sse;
using GraphQL.AspNetCore.WebSockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphQL.AspNetCore.Tests.Live.Stuck;

/// <summary>The defaults of the send, keep-alive and write timeouts, their environment variables, and their checks.</summary>
public sealed class TimeoutOptionsTests
{
    [Fact]
    public void The_timeouts_have_their_documented_defaults()
    {
        var options = new GraphQLServerOptions();

        Assert.Equal(TimeSpan.FromSeconds(10), options.WebSockets.SendTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10), options.WebSockets.KeepAliveTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Sse.WriteTimeout);
        Assert.Equal(GraphQLWebSocketOptions.DefaultSendTimeout, options.WebSockets.SendTimeout);
        Assert.Equal(GraphQLWebSocketOptions.DefaultKeepAliveTimeout, options.WebSockets.KeepAliveTimeout);
        Assert.Equal(GraphQLSseOptions.DefaultWriteTimeout, options.Sse.WriteTimeout);
    }

    [Fact]
    public void Environment_variables_set_the_timeouts()
    {
        var prefix = $"STUCK_TEST_{Guid.NewGuid():N}_";
        var variables = new Dictionary<string, string>
        {
            ["GraphQL__WebSockets__SendTimeout"] = "00:00:02",
            ["GraphQL__WebSockets__KeepAliveTimeout"] = "00:01:00",
            ["GraphQL__Sse__WriteTimeout"] = "00:00:03.5",
        };
        foreach (var (name, value) in variables)
        {
            Environment.SetEnvironmentVariable(prefix + name, value);
        }
        try
        {
            var options = Bind(new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build()).Value;

            Assert.Equal(TimeSpan.FromSeconds(2), options.WebSockets.SendTimeout);
            Assert.Equal(TimeSpan.FromMinutes(1), options.WebSockets.KeepAliveTimeout);
            Assert.Equal(TimeSpan.FromSeconds(3.5), options.Sse.WriteTimeout);
        }
        finally
        {
            foreach (var name in variables.Keys)
            {
                Environment.SetEnvironmentVariable(prefix + name, null);
            }
        }
    }

    [Theory]
    [InlineData("WebSockets:SendTimeout", "00:00:00")]
    [InlineData("WebSockets:KeepAliveTimeout", "-00:00:01")]
    [InlineData("Sse:WriteTimeout", "00:00:00")]
    public void A_timeout_that_is_not_positive_is_refused_with_its_name(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("GraphQL:" + key, value)]).Build();

        var exception = Assert.Throws<OptionsValidationException>(() => Bind(configuration).Value);

        Assert.Contains($"GraphQL:{key} must be positive.", exception.Message);
    }

    private static IOptions<GraphQLServerOptions> Bind(IConfiguration configuration)
    {
        var services = new ServiceCollection().AddGraphQLServer(LiveSchema.Build(new EventHub()));
        services.AddOptions<GraphQLServerOptions>().Bind(configuration.GetSection("GraphQL"));
        return services.BuildServiceProvider().GetRequiredService<IOptions<GraphQLServerOptions>>();
    }
}
