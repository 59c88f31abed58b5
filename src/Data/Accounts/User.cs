namespace GraphApi.Data.Accounts;

/// <summary>An account: what a person signs in with. Their public face is the <see cref="Profile"/>.</summary>
public sealed class User
{
    /// <summary>UUID v7, assigned when the user is added to a context.</summary>
    public Guid Id { get; set; }

    /// <summary>The email address as the person typed it (trimmed); used to send mail.</summary>
    public required string Email { get; set; }

    /// <summary>
    /// <c>lower(email)</c>, computed by the database; the unique index on it makes emails unique case-insensitively.
    /// Look users up by comparing it with <c>email.Trim().ToLowerInvariant()</c>.
    /// </summary>
    public string EmailNormalized { get; private set; } = "";

    /// <summary>
    /// The unique public name, 3–30 of <c>a-z 0-9 _ .</c>, stored in lower case so that uniqueness is case-insensitive
    /// (lower-case what people type before storing or comparing it).
    /// </summary>
    public required string Handle { get; set; }

    /// <summary>The password hash in ASP.NET Core Identity's PasswordHasher format.</summary>
    public required string PasswordHash { get; set; }

    public UserStatus Status { get; set; } = UserStatus.Active;

    public required DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set exactly when <see cref="Status"/> is <see cref="UserStatus.Deleted"/> (the database checks it).</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>The profile, created together with the account.</summary>
    public Profile? Profile { get; set; }
}
