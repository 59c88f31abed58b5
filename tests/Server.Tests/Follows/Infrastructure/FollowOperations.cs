namespace GraphApi.Server.Tests.Follows.Infrastructure;

/// <summary>The GraphQL documents the follow tests send, each selecting every field of its payload and errors.</summary>
public static class FollowOperations
{
    public const string FollowState = "id handle followerCount followingCount viewerIsFollowing viewerHasRequestedToFollow followsViewer";

    public const string FollowUser = $$"""
        mutation($userId: ID!) {
          followUser(input: { userId: $userId }) { status user { {{FollowState}} } {{UserErrors}} }
        }
        """;

    public const string UnfollowUser = $$"""
        mutation($userId: ID!) {
          unfollowUser(input: { userId: $userId }) { user { {{FollowState}} } {{UserErrors}} }
        }
        """;

    public const string CancelFollowRequest = $$"""
        mutation($userId: ID!) {
          cancelFollowRequest(input: { userId: $userId }) { user { {{FollowState}} } {{UserErrors}} }
        }
        """;

    public const string AcceptFollowRequest = $$"""
        mutation($userId: ID!) {
          acceptFollowRequest(input: { userId: $userId }) { follower { {{FollowState}} } {{RequestErrors}} }
        }
        """;

    public const string DeclineFollowRequest = $$"""
        mutation($userId: ID!) {
          declineFollowRequest(input: { userId: $userId }) { user { {{FollowState}} } {{UserErrors}} }
        }
        """;

    public const string User = $"query($id: ID!) {{ user(id: $id) {{ {FollowState} }} }}";

    private const string UserErrors = "errors { __typename ... on Error { message } ... on UserNotFoundError { userId } }";

    private const string RequestErrors = "errors { __typename ... on Error { message } ... on FollowRequestNotFoundError { userId } }";
}
