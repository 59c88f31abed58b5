namespace GraphApi.Data.Accounts;

/// <summary>
/// The public side of a <see cref="User"/>, one per user and keyed by the user's id. Created empty with the account and
/// filled in by the second sign-up step, so every field but <see cref="IsPrivate"/> is optional.
/// </summary>
public sealed class Profile
{
    /// <summary>The owner's <see cref="User.Id"/>; also this profile's key. Deleting the user deletes the profile.</summary>
    public Guid UserId { get; set; }

    public string? DisplayName { get; set; }

    public string? Bio { get; set; }

    public string? AvatarUrl { get; set; }

    public DateOnly? Birthday { get; set; }

    /// <summary>An E.164 phone number (<c>+</c> and 7–15 digits).</summary>
    public string? Phone { get; set; }

    /// <summary>When <see cref="Phone"/> was confirmed by an SMS code; null while unverified.</summary>
    public DateTimeOffset? PhoneVerifiedAt { get; set; }

    /// <summary>An IANA time zone id such as <c>Asia/Seoul</c>.</summary>
    public string? TimeZone { get; set; }

    /// <summary>A BCP 47 language tag such as <c>ko-KR</c>.</summary>
    public string? Locale { get; set; }

    /// <summary>Whether only approved followers see the profile's content.</summary>
    public bool IsPrivate { get; set; }
}
