using System.Security.Claims;

namespace GraphApi.Auth.Tokens;

/// <summary>The outcome of <see cref="AccessTokenValidator.ValidateAsync"/>: the principal, or why there is none.</summary>
public sealed record AccessTokenValidation(ClaimsPrincipal? Principal, AccessTokenFailure? Failure)
{
    public bool IsValid => Principal is not null;
}
