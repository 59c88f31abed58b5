namespace GraphQL.Authorization;

/// <summary>The <c>extensions.code</c> of errors of protected fields (HotChocolate's codes).</summary>
public static class AuthorizationErrorCodes
{
    /// <summary>A protected field was requested by a user who is not signed in.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>A protected field was requested by a signed-in user whom a rule refuses.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";
}
