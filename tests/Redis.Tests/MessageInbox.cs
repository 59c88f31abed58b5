using System.Threading.Channels;

namespace GraphApi.Redis.Tests;

/// <summary>A handler that collects messages, and a way to wait for the next one.</summary>
internal sealed class MessageInbox
{
    private readonly Channel<RedisMessage> received = Channel.CreateUnbounded<RedisMessage>();

    public void Handle(RedisMessage message) => received.Writer.TryWrite(message);

    public async Task<RedisMessage> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        return await received.Reader.ReadAsync(timeout.Token);
    }

    public bool TryTake(out RedisMessage? message) => received.Reader.TryRead(out message);
}
