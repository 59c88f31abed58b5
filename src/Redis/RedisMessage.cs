namespace GraphApi.Redis;

/// <summary>A message received on a subscribed channel.</summary>
/// <param name="Channel">The channel it was published to.</param>
/// <param name="Pattern">The pattern that matched it for a pattern subscription; null for a channel subscription.</param>
/// <param name="Payload">The published message, decoded as UTF-8.</param>
public sealed record RedisMessage(string Channel, string? Pattern, string Payload);
