using GraphApi.Auth.Email;
using GraphApi.Data.Accounts;

namespace GraphApi.Auth.Verification;

/// <summary>The text of the emails that carry verification codes.</summary>
internal static class VerificationEmails
{
    public static EmailMessage For(string to, VerificationPurpose purpose, string code, TimeSpan lifetime)
    {
        var what = purpose switch
        {
            VerificationPurpose.SignUp => "finish signing up",
            VerificationPurpose.PasswordReset => "reset your password",
            VerificationPurpose.EmailChange => "confirm your new email address",
            _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
        };
        return new EmailMessage(
            to,
            "Your GraphApi verification code",
            $"Enter the code {code} to {what}. It expires in {lifetime.TotalMinutes:0} minutes.\n\n" +
            "If you did not ask for it, ignore this email: nothing happens without the code.");
    }
}
