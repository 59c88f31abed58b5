using GraphApi.Auth.Tokens;
using GraphApi.Auth.Sessions;
using GraphApi.Data.Accounts;

namespace GraphApi.Auth.Accounts;

/// <summary>A signed-in user and the tokens of their session (after sign-up, sign-in or a refresh).</summary>
/// <param name="User">The account, with its profile when it was just created.</param>
/// <param name="AccessToken">The JWT to send as <c>Authorization: Bearer</c>.</param>
/// <param name="RefreshToken">The token to exchange for new tokens once; keep it secret.</param>
public sealed record SignedIn(User User, AccessToken AccessToken, IssuedRefreshToken RefreshToken)
{
    /// <summary>The session: the <c>sid</c> of the access token.</summary>
    public Guid SessionId => RefreshToken.SessionId;
}
