using System.Security.Claims;
using GraphApi.Schema.Accounts;
using GraphQL.Authorization;
using GraphQL.Subscriptions;
using GraphQL.Types;

namespace GraphApi.Schema.Notifications;

/// <summary>The viewer's notifications, live.</summary>
[SubscriptionType]
public static class NotificationSubscriptions
{
    /// <summary>
    /// Each new notification of the signed-in user as it is stored. Only one's own: there is no argument to pick a user.
    /// Notifications that arrive while no subscription is open are read with <c>notifications</c>.
    /// </summary>
    [Authorize]
    public static async Task<IAsyncEnumerable<Notification>> NotificationReceivedAsync(
        ClaimsPrincipal viewer,
        ITopicEventReceiver receiver,
        CancellationToken cancellationToken) =>
        await receiver.SubscribeAsync<Notification>(NotificationTopics.Received(Viewer.SessionOf(viewer).UserId), cancellationToken);
}
