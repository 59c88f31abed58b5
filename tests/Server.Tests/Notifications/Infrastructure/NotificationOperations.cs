namespace GraphApi.Server.Tests.Notifications.Infrastructure;

/// <summary>The GraphQL documents the notification tests send.</summary>
public static class NotificationOperations
{
    public const string NotificationList = $$"""
        query($first: Int, $after: String) {
          notifications(first: $first, after: $after) {
            nodes { {{NotificationSelection}} }
            edges { cursor node { id } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    public const string NotificationSelection = "id kind createdAt readAt actor { id handle }";

    public const string UnreadCount = "{ unreadNotificationCount }";

    public const string MarkRead = """
        mutation($input: MarkNotificationsReadInput!) {
          markNotificationsRead(input: $input) {
            markedCount unreadNotificationCount
            errors {
              __typename
              ... on Error { message }
              ... on TooManyNotificationIdsError { maxCount }
              ... on NotificationNotFoundError { ids }
            }
          }
        }
        """;
}
