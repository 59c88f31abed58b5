using System.Net;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace GraphApi.Server.Tests.Accounts;

/// <summary>The signing key: required outside Development, built in for Development only.</summary>
public sealed class AuthSettingsTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    [Fact]
    public async Task Outside_development_the_server_does_not_start_without_a_signing_key()
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(
            () => ApiServer.StartAsync(fixture.Database.ConnectionString, "--Auth:SigningKey=", "--Database:MigrateAtStartup=false"));

        Assert.Contains("Auth:SigningKey is not set. Set it (environment variable Auth__SigningKey)", exception.Message);
    }

    [Fact]
    public async Task A_signing_key_shorter_than_32_bytes_is_refused()
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(
            () => ApiServer.StartAsync(fixture.Database.ConnectionString, "--Auth:SigningKey=too-short", "--Database:MigrateAtStartup=false"));

        Assert.Contains("Auth:SigningKey is too short", exception.Message);
    }

    [Fact]
    public async Task Development_signs_with_its_built_in_key_whose_tokens_other_servers_refuse()
    {
        await using var development = await ApiServer.StartAsync(
            fixture.Database.ConnectionString, "--environment=Development", "--Auth:SigningKey=", "--Database:MigrateAtStartup=false");
        using var client = new GraphQLClient(development.BaseAddress);
        var email = AccountsApi.NewEmail();
        (await client.PostAsync(AccountOperations.RequestSignUpCode, new { email })).Payload("requestSignUpCode");
        var code = await EmailOutbox.LatestCodeAsync(fixture.Database.DbContextFactory, email);
        var signUp = (await client.PostAsync(AccountOperations.SignUp, new
        {
            input = new { email, code, password = AccountsApi.Password, handle = AccountsApi.NewHandle() },
        })).Payload("signUp");
        var token = signUp.GetProperty("accessToken").GetString();

        var onDevelopment = await client.PostAsync(AccountOperations.Me, accessToken: token);
        var onProduction = await fixture.Api.MeAsync(token);

        Assert.Equal(email, onDevelopment.Data("me").GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, onProduction.StatusCode);
    }
}
