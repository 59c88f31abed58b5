namespace GraphApi.Redis;

/// <summary>A subscription to one channel name (SUBSCRIBE) or to a glob pattern of names (PSUBSCRIBE).</summary>
internal enum SubscriptionKind
{
    Channel,
    Pattern,
}

internal static class SubscriptionKindCommands
{
    public static string SubscribeCommand(this SubscriptionKind kind) =>
        kind == SubscriptionKind.Channel ? "SUBSCRIBE" : "PSUBSCRIBE";

    public static string UnsubscribeCommand(this SubscriptionKind kind) =>
        kind == SubscriptionKind.Channel ? "UNSUBSCRIBE" : "PUNSUBSCRIBE";
}
