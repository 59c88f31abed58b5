namespace GraphApi.Data.Accounts;

/// <summary>A one-time code mailed to an address to prove the person reads it; good for one <see cref="Purpose"/> only.</summary>
public sealed class VerificationCode
{
    public Guid Id { get; set; }

    /// <summary>The address the code was sent to, in lower case (the database checks it).</summary>
    public required string Email { get; set; }

    public required VerificationPurpose Purpose { get; set; }

    /// <summary>A hash of the code; the code itself is only in the email.</summary>
    public required string CodeHash { get; set; }

    public required DateTimeOffset CreatedAt { get; set; }

    public required DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Wrong guesses so far; the code is refused once they reach the limit.</summary>
    public int Attempts { get; set; }

    /// <summary>When the code was used; a consumed code is never accepted again.</summary>
    public DateTimeOffset? ConsumedAt { get; set; }
}
