namespace GraphQL.Subscriptions;

/// <summary>Settings of a topic provider: every subscriber's bounded buffer (HotChocolate's names and defaults).</summary>
public class SubscriptionOptions
{
    /// <summary>The default of <see cref="TopicBufferCapacity"/>.</summary>
    public const int DefaultTopicBufferCapacity = 64;

    /// <summary>Messages each subscriber may have waiting to be read; at least 1. Default 64.</summary>
    public int TopicBufferCapacity { get; set; } = DefaultTopicBufferCapacity;

    /// <summary>What a full buffer does with a new message. Default <see cref="TopicBufferFullMode.DropOldest"/>.</summary>
    public TopicBufferFullMode TopicBufferFullMode { get; set; } = TopicBufferFullMode.DropOldest;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid setting.</summary>
    public virtual void Validate()
    {
        ValidateBuffer(TopicBufferCapacity, TopicBufferFullMode);
    }

    /// <summary>Checks a buffer capacity and full mode, from the options or from one subscriber's overrides.</summary>
    internal static void ValidateBuffer(int capacity, TopicBufferFullMode fullMode)
    {
        if (capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(TopicBufferCapacity), capacity,
                $"{nameof(TopicBufferCapacity)} must be at least 1 (a subscriber needs room for one message).");
        }

        if (!Enum.IsDefined(fullMode))
        {
            throw new ArgumentOutOfRangeException(nameof(TopicBufferFullMode), fullMode,
                $"{nameof(TopicBufferFullMode)} must be one of {string.Join(", ", Enum.GetNames<TopicBufferFullMode>())}.");
        }
    }
}
