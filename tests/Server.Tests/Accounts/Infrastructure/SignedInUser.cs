using System.Text.Json;

namespace GraphApi.Server.Tests.Accounts.Infrastructure;

/// <summary>An account a test created through the API, with the tokens of its latest sign-in or refresh.</summary>
public sealed record SignedInUser(string Id, string Email, string Handle, string Password, string AccessToken, string RefreshToken)
{
    /// <summary>The same account with the tokens of a sign-up, sign-in or refresh payload.</summary>
    public SignedInUser WithTokensOf(JsonElement payload) => this with
    {
        AccessToken = payload.GetProperty("accessToken").GetString()!,
        RefreshToken = payload.GetProperty("refreshToken").GetString()!,
    };
}
