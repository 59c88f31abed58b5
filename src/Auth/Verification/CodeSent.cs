using GraphApi.Data.Accounts;

namespace GraphApi.Auth.Verification;

/// <summary>A verification code went out to <see cref="Email"/>; the client may ask for another from <see cref="ResendAvailableAt"/>.</summary>
public sealed record CodeSent(string Email, VerificationPurpose Purpose, DateTimeOffset ExpiresAt, DateTimeOffset ResendAvailableAt);
