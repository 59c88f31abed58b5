namespace GraphQL.Authorization;

/// <summary>The outcome of checking one <see cref="AuthorizeRule"/>.</summary>
public enum AuthorizationStatus
{
    Allowed,

    /// <summary>Nobody is signed in: the field fails with <see cref="AuthorizationErrorCodes.NotAuthenticated"/>.</summary>
    NotAuthenticated,

    /// <summary>The signed-in user is refused: the field fails with <see cref="AuthorizationErrorCodes.NotAuthorized"/>.</summary>
    NotAllowed,
}

/// <summary>
/// What an <see cref="IAuthorizationHandler"/> decided, with an optional message for the client that replaces the
/// standard one (e.g. to say that a policy does not exist).
/// </summary>
public readonly record struct AuthorizationResult(AuthorizationStatus Status, string? Message = null)
{
    public static AuthorizationResult Allowed => new(AuthorizationStatus.Allowed);

    public static AuthorizationResult NotAuthenticated => new(AuthorizationStatus.NotAuthenticated);

    public static AuthorizationResult NotAllowed => new(AuthorizationStatus.NotAllowed);

    public bool IsAllowed => Status == AuthorizationStatus.Allowed;
}
