namespace GraphApi.Schema.Accounts;

/// <summary>
/// Changes to the viewer's profile. A field left out keeps its value; null clears it (isPrivate: null keeps it). Text is
/// trimmed, and blank text counts as null.
/// </summary>
public sealed class UpdateProfileInput
{
    private ProfileFields _given;

    /// <summary>The name shown instead of the handle: at most 50 characters.</summary>
    public string? DisplayName { get; init { field = Trimmed(value); _given |= ProfileFields.DisplayName; } }

    /// <summary>A short text about the user: at most 300 characters.</summary>
    public string? Bio { get; init { field = Trimmed(value); _given |= ProfileFields.Bio; } }

    /// <summary>The address of the user's picture: an absolute http or https URL of at most 2048 characters.</summary>
    public string? AvatarUrl { get; init { field = Trimmed(value); _given |= ProfileFields.AvatarUrl; } }

    /// <summary>The user's date of birth: from 1900-01-01, not in the future.</summary>
    public DateOnly? Birthday { get; init { field = value; _given |= ProfileFields.Birthday; } }

    /// <summary>An IANA time zone id such as Asia/Seoul.</summary>
    public string? TimeZone { get; init { field = Trimmed(value); _given |= ProfileFields.TimeZone; } }

    /// <summary>A BCP 47 language tag such as ko-KR.</summary>
    public string? Locale { get; init { field = Trimmed(value); _given |= ProfileFields.Locale; } }

    /// <summary>Whether only approved followers see the user's content; null keeps the current setting.</summary>
    public bool? IsPrivate { get; init; }

    /// <summary>Whether the client gave <paramref name="fields"/> (null included), as opposed to leaving them out.</summary>
    internal bool IsGiven(ProfileFields fields) => (_given & fields) == fields;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The clearable fields of <see cref="UpdateProfileInput"/>, to remember which ones the client gave.</summary>
[Flags]
internal enum ProfileFields
{
    DisplayName = 1,
    Bio = 2,
    AvatarUrl = 4,
    Birthday = 8,
    TimeZone = 16,
    Locale = 32,
}
