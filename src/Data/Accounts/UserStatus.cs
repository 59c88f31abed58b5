namespace GraphApi.Data.Accounts;

/// <summary>Lifecycle of an account, stored as <c>active</c>, <c>suspended</c> or <c>deleted</c>.</summary>
public enum UserStatus
{
    /// <summary>The account can sign in.</summary>
    Active,

    /// <summary>The account is blocked by moderation and cannot sign in.</summary>
    Suspended,

    /// <summary>The account was deleted by its owner; it is purged 30 days after <see cref="User.DeletedAt"/>.</summary>
    Deleted,
}
