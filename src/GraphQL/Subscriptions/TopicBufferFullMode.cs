namespace GraphQL.Subscriptions;

/// <summary>
/// What a subscriber's full buffer does with a new message, i.e. the policy for a client that reads more slowly than
/// messages arrive. The sender never waits for a subscriber (a mutation must not hang on a slow socket), so there is
/// no blocking mode; a dropped message is counted in <see cref="TopicStream.DroppedMessageCount"/> and the first drop of
/// each subscriber is logged as a warning.
/// </summary>
public enum TopicBufferFullMode
{
    /// <summary>Drop the oldest buffered message and keep the new one: a slow client skips ahead to fresh events (the default).</summary>
    DropOldest,

    /// <summary>Drop the newest buffered message to make room for the new one.</summary>
    DropNewest,

    /// <summary>Drop the new message and keep the buffer as it is.</summary>
    DropWrite,
}
