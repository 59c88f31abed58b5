using System.Net.Mail;
using System.Text.RegularExpressions;
using GraphApi.Data.Accounts;

namespace GraphApi.Auth.Accounts;

/// <summary>The formats of account input, the same the database's check constraints enforce (<see cref="AccountLimits"/>).</summary>
internal static partial class AccountInput
{
    /// <summary>A trimmed address that mail can be sent to: one <c>@</c>, no spaces, no display name, short enough.</summary>
    public static bool IsValidEmail(string email) =>
        email.Length <= AccountLimits.EmailMaxLength
        && EmailShape().IsMatch(email)
        && MailAddress.TryCreate(email, out var address)
        && address.Address == email;

    /// <summary>A lower-cased handle of 3–30 of <c>a-z 0-9 _ .</c>.</summary>
    public static bool IsValidHandle(string handle) => HandleShape().IsMatch(handle);

    /// <summary>A trimmed, non-empty display name that fits its column (counted in code points, as the database does).</summary>
    public static bool IsValidDisplayName(string displayName) =>
        displayName.Length > 0 && displayName.EnumerateRunes().Count() <= AccountLimits.DisplayNameMaxLength;

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(AccountLimits.HandlePattern)]
    private static partial Regex HandleShape();
}
