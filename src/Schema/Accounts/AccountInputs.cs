using GraphQL.Types;

namespace GraphApi.Schema.Accounts;

/// <summary>Where to send a sign-up code.</summary>
/// <param name="Email">The address to sign up with.</param>
public sealed record RequestSignUpCodeInput(string Email);

/// <summary>A new account: the emailed code proves the address.</summary>
/// <param name="Email">The address the code was sent to.</param>
/// <param name="Code">The 6-digit code from the email.</param>
/// <param name="Password">8 to 64 characters with at least one letter and one digit.</param>
/// <param name="Handle">The unique public name: 3 to 30 of a-z, 0-9, underscore and dot (stored in lower case).</param>
/// <param name="DisplayName">The name shown instead of the handle: at most 50 characters.</param>
public sealed record SignUpInput(string Email, string Code, string Password, string Handle, string? DisplayName = null);

/// <summary>Credentials to sign in with.</summary>
/// <param name="Email">The account's email, in any letter case.</param>
/// <param name="Password">The account's password.</param>
public sealed record SignInInput(string Email, string Password);

/// <summary>A refresh token to exchange.</summary>
/// <param name="RefreshToken">The refresh token from the sign-in or the latest refresh.</param>
public sealed record RefreshTokenInput(string RefreshToken);

/// <summary>The session to end.</summary>
/// <param name="SessionId">The id of one of the viewer's sessions.</param>
public sealed record RevokeSessionInput([ID<Session>] Guid SessionId);
