namespace GraphApi.Data.Follows;

/// <summary>
/// Names of the follow tables' constraints whose violations (<c>PostgresException.ConstraintName</c>) the API turns into
/// results: a concurrent repeat of the same follow or request is not an error.
/// </summary>
public static class FollowConstraints
{
    /// <summary>The primary key of <c>follows</c>: the pair is already followed.</summary>
    public const string FollowPrimaryKey = "pk_follows";

    /// <summary>The unique index of <c>follow_requests</c> on (requester_id, target_id): the request is already pending.</summary>
    public const string RequestPairUnique = "ux_follow_requests_requester_id_target_id";
}
