namespace GraphApi.Server.Tests.Accounts.Infrastructure;

/// <summary>The GraphQL documents the account tests send, each selecting every field of its payload and errors.</summary>
public static class AccountOperations
{
    public const string RequestSignUpCode = """
        mutation($email: String!) {
          requestSignUpCode(input: { email: $email }) {
            email expiresAt resendAvailableAt
            errors {
              __typename
              ... on Error { message }
              ... on InvalidEmailError { email }
              ... on EmailTakenError { email }
              ... on CodeResendTooSoonError { retryAfterSeconds }
            }
          }
        }
        """;

    public const string SignUp = $$"""
        mutation($input: SignUpInput!) {
          signUp(input: $input) {
            {{SessionTokens}}
            errors {
              __typename
              ... on Error { message }
              ... on InvalidEmailError { email }
              ... on InvalidHandleError { handle }
              ... on InvalidDisplayNameError { maxLength }
              ... on WeakPasswordError { problems minLength maxLength }
              ... on EmailTakenError { email }
              ... on HandleTakenError { handle }
              ... on InvalidVerificationCodeError { attemptsLeft }
            }
          }
        }
        """;

    public const string SignIn = $$"""
        mutation($email: String!, $password: String!) {
          signIn(input: { email: $email, password: $password }) {
            {{SessionTokens}}
            errors {
              __typename
              ... on Error { message }
              ... on TooManyAttemptsError { retryAfterSeconds }
            }
          }
        }
        """;

    public const string RefreshToken = $$"""
        mutation($refreshToken: String!) {
          refreshToken(input: { refreshToken: $refreshToken }) {
            {{SessionTokens}}
            errors {
              __typename
              ... on Error { message }
              ... on InvalidRefreshTokenError { reason }
            }
          }
        }
        """;

    public const string SignOut = "mutation { signOut { sessionId } }";

    public const string SignOutEverywhere = "mutation { signOutEverywhere { sessionCount } }";

    public const string RevokeSession = """
        mutation($sessionId: ID!) {
          revokeSession(input: { sessionId: $sessionId }) {
            sessionId
            errors { __typename ... on Error { message } ... on SessionNotFoundError { sessionId } }
          }
        }
        """;

    public const string UpdateProfile = $$"""
        mutation($input: UpdateProfileInput!) {
          updateProfile(input: $input) {
            user { id handle {{ProfileSelection}} }
            errors {
              __typename
              ... on Error { message }
              ... on InvalidDisplayNameError { maxLength }
              ... on BioTooLongError { maxLength }
              ... on InvalidAvatarUrlError { avatarUrl }
              ... on InvalidBirthdayError { birthday }
              ... on InvalidTimeZoneError { timeZone }
              ... on InvalidLocaleError { locale }
            }
          }
        }
        """;

    public const string Me = $"{{ me {{ id handle email createdAt {ProfileSelection} }} }}";

    public const string Sessions = "{ sessions { id createdAt lastUsedAt expiresAt userAgent ipAddress isCurrent } }";

    public const string ProfileSelection = "profile { displayName bio avatarUrl birthday timeZone locale isPrivate }";

    private const string SessionTokens = "accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id handle }";
}
