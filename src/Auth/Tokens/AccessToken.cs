namespace GraphApi.Auth.Tokens;

/// <summary>A signed JWT and when it stops being accepted.</summary>
public sealed record AccessToken(string Token, DateTimeOffset ExpiresAt);
