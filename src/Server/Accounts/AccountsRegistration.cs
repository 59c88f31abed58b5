using GraphApi.Auth;
using GraphApi.Schema.Accounts;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace GraphApi.Server.Accounts;

/// <summary>Registers accounts, JwtBearer authentication and authorization for the API.</summary>
public static class AccountsRegistration
{
    /// <summary>
    /// Registers the account services with their <c>Auth</c> settings (<c>Auth__SigningKey</c> is required outside
    /// Development), JwtBearer as the default authentication scheme, ASP.NET Core authorization with the account
    /// policies and the endpoint policy of <see cref="InvalidAccessTokens"/>, and the request's <see cref="IClientInfo"/>.
    /// </summary>
    public static IServiceCollection AddGraphApiAccounts(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddAccounts(configuration, environment);
        services.AddGraphApiJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .PostConfigure(options => options.Events.OnChallenge = InvalidAccessTokens.WriteChallengeAsync);
        services.AddAuthorization(options => options.AddAccountPolicies().AddNoInvalidAccessTokenPolicy());
        services.AddHttpContextAccessor();
        services.AddSingleton<IClientInfo, HttpClientInfo>();
        return services;
    }
}
