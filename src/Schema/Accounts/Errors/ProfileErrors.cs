using GraphApi.Data.Accounts;
using GraphApi.Schema.Errors;

namespace GraphApi.Schema.Accounts.Errors;

/// <summary>The bio is too long.</summary>
public sealed class BioTooLongError : IError, IUpdateProfileError
{
    public string Message => $"A bio may have at most {MaxLength} characters.";

    /// <summary>The most characters a bio may have.</summary>
    public int MaxLength => AccountLimits.BioMaxLength;
}

/// <summary>The avatar URL is not an absolute http or https URL, or is too long.</summary>
public sealed class InvalidAvatarUrlError(string avatarUrl) : IError, IUpdateProfileError
{
    public string Message => $"\"{AvatarUrl}\" is not an absolute http or https URL of at most {MaxLength} characters.";

    /// <summary>The URL as it was given.</summary>
    public string AvatarUrl { get; } = avatarUrl;

    /// <summary>The most characters an avatar URL may have.</summary>
    public int MaxLength => AccountLimits.AvatarUrlMaxLength;
}

/// <summary>The birthday is in the future or before 1900-01-01.</summary>
public sealed class InvalidBirthdayError(DateOnly birthday) : IError, IUpdateProfileError
{
    public string Message =>
        $"The birthday {Birthday:yyyy-MM-dd} is not valid: it must be on or after {ProfileRules.EarliestBirthday:yyyy-MM-dd} and not in the future.";

    /// <summary>The birthday as it was given.</summary>
    public DateOnly Birthday { get; } = birthday;
}

/// <summary>The time zone is not an IANA time zone id that the server knows.</summary>
public sealed class InvalidTimeZoneError(string timeZone) : IError, IUpdateProfileError
{
    public string Message => $"\"{TimeZone}\" is not an IANA time zone id such as Asia/Seoul or Europe/London.";

    /// <summary>The time zone as it was given.</summary>
    public string TimeZone { get; } = timeZone;
}

/// <summary>The locale is not shaped like a BCP 47 language tag.</summary>
public sealed class InvalidLocaleError(string locale) : IError, IUpdateProfileError
{
    public string Message =>
        $"\"{Locale}\" is not a BCP 47 language tag such as ko-KR or en (at most {AccountLimits.LocaleMaxLength} characters).";

    /// <summary>The locale as it was given.</summary>
    public string Locale { get; } = locale;
}
