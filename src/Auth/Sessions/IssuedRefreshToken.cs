namespace GraphApi.Auth.Sessions;

/// <summary>A new refresh token as the client gets it; the server keeps only its hash.</summary>
/// <param name="Token">The token itself: 256 random bits, base64url, 43 characters.</param>
/// <param name="SessionId">The family the token belongs to.</param>
/// <param name="ExpiresAt">When the token stops being accepted unless exchanged before.</param>
public sealed record IssuedRefreshToken(string Token, Guid SessionId, DateTimeOffset ExpiresAt);
