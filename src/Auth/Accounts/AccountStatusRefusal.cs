using GraphApi.Data.Accounts;

namespace GraphApi.Auth.Accounts;

/// <summary>The error that keeps a suspended or deleted account from signing in or refreshing.</summary>
internal static class AccountStatusRefusal
{
    /// <summary>Null when the account is active.</summary>
    public static AccountError? For(User user) => user.Status switch
    {
        UserStatus.Active => null,
        UserStatus.Suspended => new AccountSuspendedError(),
        UserStatus.Deleted => new AccountDeletedError(),
        _ => throw new ArgumentOutOfRangeException(nameof(user), user.Status, "Unknown account status."),
    };
}
