namespace GraphApi.Data.Accounts;

/// <summary>
/// Names of the accounts constraints whose violations the API turns into typed errors, as they appear in
/// <c>PostgresException.ConstraintName</c> (SQL state 23505 for unique violations).
/// </summary>
public static class AccountConstraints
{
    /// <summary>Another user has the same email, compared case-insensitively.</summary>
    public const string UserEmailUnique = "ux_users_email_normalized";

    /// <summary>Another user (also a deleted one, until it is purged) has the same handle.</summary>
    public const string UserHandleUnique = "ux_users_handle";
}
