using GraphApi.Data.Accounts;
using GraphApi.Server.Tests.Accounts.Infrastructure;

namespace GraphApi.Server.Tests.Accounts;

/// <summary>signIn: the credentials and account states it refuses.</summary>
public sealed class SignInTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    private const string InvalidCredentials = "The email or the password is wrong.";

    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task The_email_may_be_given_in_any_letter_case_and_with_spaces()
    {
        var user = await Api.NewUserAsync();

        var payload = (await Api.SignInAsync($"  {user.Email.ToUpperInvariant()} ")).Payload("signIn");

        Assert.Equal(user.Id, payload.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(user.Id, (await Api.MeAsync(payload.GetProperty("accessToken").GetString())).Data("me").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_error()
    {
        var user = await Api.NewUserAsync();

        var wrongPassword = (await Api.SignInAsync(user.Email, "wrong password 1")).PayloadError("signIn", "InvalidCredentialsError");
        var unknownEmail = (await Api.SignInAsync(AccountsApi.NewEmail())).PayloadError("signIn", "InvalidCredentialsError");

        Assert.Equal(InvalidCredentials, wrongPassword.GetProperty("message").GetString());
        Assert.Equal(wrongPassword.GetRawText(), unknownEmail.GetRawText());
    }

    [Fact]
    public async Task A_suspended_account_is_told_so_only_with_the_right_password()
    {
        var user = await Api.NewUserAsync();
        await Api.SetStatusAsync(user, UserStatus.Suspended);

        var right = (await Api.SignInAsync(user.Email)).PayloadError("signIn", "AccountSuspendedError");
        var wrong = (await Api.SignInAsync(user.Email, "wrong password 1")).PayloadError("signIn", "InvalidCredentialsError");

        Assert.Equal("This account is suspended and cannot sign in.", right.GetProperty("message").GetString());
        Assert.Equal(InvalidCredentials, wrong.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_deleted_account_cannot_sign_in()
    {
        var user = await Api.NewUserAsync();
        await Api.SetStatusAsync(user, UserStatus.Deleted);

        var error = (await Api.SignInAsync(user.Email)).PayloadError("signIn", "AccountDeletedError");

        Assert.Equal("This account was deleted and cannot sign in.", error.GetProperty("message").GetString());
    }
}
