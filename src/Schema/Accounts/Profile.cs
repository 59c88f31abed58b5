namespace GraphApi.Schema.Accounts;

/// <summary>The public side of a user. Contact details (email, phone) are private and never shown here.</summary>
public sealed class Profile
{
    /// <summary>The name shown instead of the handle, when set.</summary>
    public string? DisplayName { get; init; }

    /// <summary>A short text about the user.</summary>
    public string? Bio { get; init; }

    /// <summary>The address of the user's picture.</summary>
    public string? AvatarUrl { get; init; }

    /// <summary>The user's date of birth.</summary>
    public DateOnly? Birthday { get; init; }

    /// <summary>An IANA time zone id such as Asia/Seoul.</summary>
    public string? TimeZone { get; init; }

    /// <summary>A BCP 47 language tag such as ko-KR.</summary>
    public string? Locale { get; init; }

    /// <summary>Whether only approved followers see the user's content.</summary>
    public required bool IsPrivate { get; init; }
}
