using GraphApi.Redis.Subscriptions;
using GraphApi.Testing;
using GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using static GraphApi.Redis.Tests.Subscriptions.TopicTestKit;

namespace GraphApi.Redis.Tests.Subscriptions;

/// <summary><c>AddRedisSubscriptions</c>: one provider for sender and receiver, replacing the in-memory one, options applied.</summary>
public sealed class RedisSubscriptionRegistrationTests
{
    [Fact]
    public async Task The_redis_provider_replaces_the_in_memory_one_and_works_through_the_interfaces()
    {
        var prefix = UniquePrefix();
        await using var services = new ServiceCollection()
            .AddInMemorySubscriptions()
            .AddRedisSubscriptions(TestRedis.ConnectionString, o => o.TopicPrefix = prefix)
            .BuildServiceProvider();

        var provider = services.GetRequiredService<RedisPubSub>();
        var receiver = services.GetRequiredService<ITopicEventReceiver>();
        var sender = services.GetRequiredService<ITopicEventSender>();
        Assert.Same(provider, receiver);
        Assert.Same(provider, sender);
        Assert.Equal(prefix + "T", provider.ChannelOf("T"));

        var stream = await receiver.SubscribeAsync<string>("T");
        await sender.SendAsync("T", "through DI");
        await sender.CompleteAsync("T");
        Assert.Equal(["through DI"], await stream.ReadToEndAsync());
    }

    [Fact]
    public void Bad_settings_fail_at_registration()
    {
        var prefix = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ServiceCollection().AddRedisSubscriptions(TestRedis.ConnectionString, o => o.TopicPrefix = null!));
        var connectionString = Assert.Throws<FormatException>(() =>
            new ServiceCollection().AddRedisSubscriptions("127.0.0.1:6379,unknown=1"));

        Assert.Equal("TopicPrefix", prefix.ParamName);
        Assert.Contains("unknown", connectionString.Message);
    }
}
