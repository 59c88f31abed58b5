using GraphApi.Data.Accounts;

namespace GraphApi.Auth.Sessions;

/// <summary>The token that replaced a refreshed one, and the (active) user whose session it is.</summary>
public sealed record RotatedRefreshToken(User User, IssuedRefreshToken Token);
