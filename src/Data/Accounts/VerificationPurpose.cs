namespace GraphApi.Data.Accounts;

/// <summary>What a <see cref="VerificationCode"/> may be used for, stored as <c>sign_up</c>, <c>password_reset</c> or <c>email_change</c>.</summary>
public enum VerificationPurpose
{
    SignUp,
    PasswordReset,
    EmailChange,
}
