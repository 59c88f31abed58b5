using GraphApi.Auth.Accounts;
using GraphQL.Types;

namespace GraphApi.Schema.Accounts;

/// <summary>Signing up: an emailed code proves the address, then the account is created and signed in.</summary>
[MutationType]
public static class SignUpMutations
{
    /// <summary>
    /// Emails a 6-digit sign-up code to the address, valid for 10 minutes and for a few guesses. Asking again replaces the
    /// previous code, at most once a minute.
    /// </summary>
    public static async Task<RequestSignUpCodePayload> RequestSignUpCodeAsync(
        RequestSignUpCodeInput input,
        [Service] AccountService accounts,
        CancellationToken cancellationToken) =>
        new(await accounts.RequestSignUpCodeAsync(input.Email, cancellationToken));

    /// <summary>
    /// Creates the account and its profile with the emailed code, then signs in. The input is checked before the code, so
    /// a mistake there does not use up a guess.
    /// </summary>
    public static async Task<SignUpPayload> SignUpAsync(
        SignUpInput input,
        [Service] AccountService accounts,
        IClientInfo client,
        CancellationToken cancellationToken) =>
        new(await accounts.SignUpAsync(
            input.Email, input.Code, input.Password, input.Handle, input.DisplayName, client.UserAgent, client.IpAddress, cancellationToken));
}
