using GraphApi.Data.Accounts;

namespace GraphApi.Auth.Verification;

/// <summary>A code was right and is now used up: the person reads mail at <see cref="Email"/> (lower case).</summary>
public sealed record VerifiedCode(string Email, VerificationPurpose Purpose);
