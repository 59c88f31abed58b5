namespace GraphApi.Data.Accounts;

/// <summary>
/// The limits that the accounts tables enforce with check constraints (migration <c>0001_accounts.sql</c>). The API
/// validates input against the same values first, so that people get a typed error instead of a constraint violation.
/// </summary>
public static class AccountLimits
{
    /// <summary>A handle: 3–30 of <c>a-z 0-9 _ .</c>, in lower case.</summary>
    public const string HandlePattern = "^[a-z0-9_.]{3,30}$";

    public const int HandleMinLength = 3;

    public const int HandleMaxLength = 30;

    /// <summary>The longest address that SMTP can carry.</summary>
    public const int EmailMaxLength = 254;

    public const int DisplayNameMaxLength = 50;

    public const int BioMaxLength = 300;

    public const int AvatarUrlMaxLength = 2048;

    /// <summary>An E.164 phone number: <c>+</c>, then 7–15 digits not starting with 0.</summary>
    public const string PhonePattern = @"^\+[1-9][0-9]{6,14}$";

    public const int TimeZoneMaxLength = 64;

    public const int LocaleMaxLength = 35;

    public const int UserAgentMaxLength = 512;
}
