using System.Text.RegularExpressions;
using GraphApi.Data.Accounts;
using GraphApi.Schema.Accounts.Errors;
using GraphApi.Schema.Text;
using ProfileEntity = GraphApi.Data.Accounts.Profile;

namespace GraphApi.Schema.Accounts;

/// <summary>
/// What a profile may hold (the limits of the profiles table, <see cref="AccountLimits"/>, and formats the database
/// cannot check), and how an <see cref="UpdateProfileInput"/> changes a profile. Lengths count Unicode code points, as
/// PostgreSQL's <c>char_length</c> does.
/// </summary>
internal static partial class ProfileRules
{
    /// <summary>The earliest birthday accepted.</summary>
    public static readonly DateOnly EarliestBirthday = new(1900, 1, 1);

    /// <summary>Every problem of <paramref name="input"/>, in the order of its fields; empty when it may be applied.</summary>
    public static List<IUpdateProfileError> Check(UpdateProfileInput input, DateTimeOffset now)
    {
        var errors = new List<IUpdateProfileError>();
        if (input.DisplayName is { } displayName && Length(displayName) > AccountLimits.DisplayNameMaxLength)
        {
            errors.Add(new InvalidDisplayNameError(new Auth.Accounts.InvalidDisplayNameError()));
        }
        if (input.Bio is { } bio && Length(bio) > AccountLimits.BioMaxLength)
        {
            errors.Add(new BioTooLongError());
        }
        if (input.AvatarUrl is { } avatarUrl && !IsValidAvatarUrl(avatarUrl))
        {
            errors.Add(new InvalidAvatarUrlError(avatarUrl));
        }
        if (input.Birthday is { } birthday && !IsValidBirthday(birthday, now))
        {
            errors.Add(new InvalidBirthdayError(birthday));
        }
        if (input.TimeZone is { } timeZone && !IsValidTimeZone(timeZone))
        {
            errors.Add(new InvalidTimeZoneError(timeZone));
        }
        if (input.Locale is { } locale && !IsValidLocale(locale))
        {
            errors.Add(new InvalidLocaleError(locale));
        }
        return errors;
    }

    /// <summary>Copies the fields the client gave into <paramref name="profile"/>; call <see cref="Check"/> first.</summary>
    public static void Apply(UpdateProfileInput input, ProfileEntity profile)
    {
        if (input.IsGiven(ProfileFields.DisplayName))
        {
            profile.DisplayName = input.DisplayName;
        }
        if (input.IsGiven(ProfileFields.Bio))
        {
            profile.Bio = input.Bio;
        }
        if (input.IsGiven(ProfileFields.AvatarUrl))
        {
            profile.AvatarUrl = input.AvatarUrl;
        }
        if (input.IsGiven(ProfileFields.Birthday))
        {
            profile.Birthday = input.Birthday;
        }
        if (input.IsGiven(ProfileFields.TimeZone))
        {
            profile.TimeZone = input.TimeZone;
        }
        if (input.IsGiven(ProfileFields.Locale))
        {
            profile.Locale = input.Locale;
        }
        if (input.IsPrivate is { } isPrivate)
        {
            profile.IsPrivate = isPrivate;
        }
    }

    private static int Length(string text) => TextRules.Length(text);

    private static bool IsValidAvatarUrl(string url) => TextRules.IsHttpUrl(url, AccountLimits.AvatarUrlMaxLength);

    /// <summary>Not before <see cref="EarliestBirthday"/>, and not after today anywhere on Earth (UTC+14 is a day ahead of UTC).</summary>
    private static bool IsValidBirthday(DateOnly birthday, DateTimeOffset now) =>
        birthday >= EarliestBirthday && birthday <= DateOnly.FromDateTime(now.UtcDateTime).AddDays(1);

    /// <summary>An IANA id (not a Windows one) that the server's time zone database has, such as <c>Asia/Seoul</c> or <c>UTC</c>.</summary>
    private static bool IsValidTimeZone(string timeZone) =>
        timeZone.Length <= AccountLimits.TimeZoneMaxLength
        && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone)
        && zone.HasIanaId;

    /// <summary>The shape of a BCP 47 tag (a 2–3 letter language, then subtags of 1–8 letters or digits), not its registry.</summary>
    private static bool IsValidLocale(string locale) =>
        locale.Length <= AccountLimits.LocaleMaxLength && LocaleShape().IsMatch(locale);

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LocaleShape();
}
