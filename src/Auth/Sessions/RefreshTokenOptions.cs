namespace GraphApi.Auth.Sessions;

/// <summary>Refresh tokens, bound from <c>Auth:RefreshTokens</c>.</summary>
public sealed class RefreshTokenOptions
{
    public const string Section = "Auth:RefreshTokens";

    /// <summary>
    /// How long a refresh token is valid; 14 days by default. Each refresh issues a new token with a full lifetime, so a
    /// session used at least this often never ends by itself.
    /// </summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(14);
}
