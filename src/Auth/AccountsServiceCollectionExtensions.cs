using System.Text;
using GraphApi.Auth.Accounts;
using GraphApi.Auth.Email;
using GraphApi.Auth.Passwords;
using GraphApi.Auth.RateLimiting;
using GraphApi.Auth.Sessions;
using GraphApi.Auth.Tokens;
using GraphApi.Auth.Verification;
using GraphApi.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphApi.Auth;

/// <summary>Registers the account services with dependency injection.</summary>
public static class AccountsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AccountService"/> and the services under it, with their options bound from the <c>Auth</c>
    /// section of <paramref name="configuration"/> and checked when the host starts (a missing <c>Auth:SigningKey</c>
    /// outside Development stops it with a message saying what to set). Needs the database
    /// (<c>AddAppDatabase</c>) and an <see cref="IHostEnvironment"/>. <see cref="IEmailSender"/>,
    /// <see cref="IFixedWindowCounter"/> (the store rate limits count in), <see cref="ISignInRateLimiter"/> and
    /// <see cref="TimeProvider"/> are only added when not registered yet.
    /// </summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<AccessTokenOptions>()
            .Bind(configuration.GetSection(AccessTokenOptions.Section))
            .PostConfigure(options =>
            {
                if (string.IsNullOrEmpty(options.SigningKey) && environment.IsDevelopment())
                {
                    options.SigningKey = AuthKeys.DevelopmentSigningKey;
                }
            })
            .Validate(options => !string.IsNullOrEmpty(options.SigningKey),
                "Auth:SigningKey is not set. Set it (environment variable Auth__SigningKey) to a random secret of at least " +
                $"{AuthKeys.MinSigningKeyBytes} bytes, for example the output of `openssl rand -base64 48`; only the " +
                "Development environment has a built-in key.")
            .Validate(options => string.IsNullOrEmpty(options.SigningKey) || Encoding.UTF8.GetByteCount(options.SigningKey) >= AuthKeys.MinSigningKeyBytes,
                $"Auth:SigningKey is too short: HMAC-SHA256 needs at least {AuthKeys.MinSigningKeyBytes} bytes (UTF-8).")
            .Validate(options => options.AccessTokenLifetime > TimeSpan.Zero, "Auth:AccessTokenLifetime must be positive.")
            .Validate(options => options.ClockSkew >= TimeSpan.Zero, "Auth:ClockSkew must not be negative.")
            .Validate(options => options.SessionCheckCacheDuration >= TimeSpan.Zero, "Auth:SessionCheckCacheDuration must not be negative.")
            .ValidateOnStart();
        services.AddOptions<PasswordPolicyOptions>()
            .Bind(configuration.GetSection(PasswordPolicyOptions.Section))
            .Validate(options => options.MinLength >= 1 && options.MaxLength >= options.MinLength,
                "Auth:Passwords:MinLength must be at least 1 and Auth:Passwords:MaxLength at least MinLength.")
            .Validate(options => options.HashIterations >= 1, "Auth:Passwords:HashIterations must be at least 1.")
            .ValidateOnStart();
        services.AddOptions<RefreshTokenOptions>()
            .Bind(configuration.GetSection(RefreshTokenOptions.Section))
            .Validate(options => options.Lifetime > TimeSpan.Zero, "Auth:RefreshTokens:Lifetime must be positive.")
            .ValidateOnStart();
        services.AddOptions<VerificationCodeOptions>()
            .Bind(configuration.GetSection(VerificationCodeOptions.Section))
            .Validate(options => options.Lifetime > TimeSpan.Zero, "Auth:VerificationCodes:Lifetime must be positive.")
            .Validate(options => options.MaxAttempts >= 1, "Auth:VerificationCodes:MaxAttempts must be at least 1.")
            .Validate(options => options.ResendInterval >= TimeSpan.Zero, "Auth:VerificationCodes:ResendInterval must not be negative.")
            .ValidateOnStart();
        services.AddOptions<SignInRateLimitOptions>()
            .Bind(configuration.GetSection(SignInRateLimitOptions.Section))
            .Validate(options => options.PerIpPermitLimit >= 1 && options.PerAccountPermitLimit >= 1,
                "Auth:SignInRateLimit:PerIpPermitLimit and PerAccountPermitLimit must be at least 1.")
            .Validate(options => options.Window > TimeSpan.Zero, "Auth:SignInRateLimit:Window must be positive.")
            .ValidateOnStart();
        services.AddOptions<PasswordHasherOptions>()
            .Configure<IOptions<PasswordPolicyOptions>>((hasher, passwords) => hasher.IterationCount = passwords.Value.HashIterations);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IEmailSender, OutboxEmailSender>();
        services.TryAddSingleton<IFixedWindowCounter, InMemoryFixedWindowCounter>();
        services.TryAddSingleton<ISignInRateLimiter, SignInRateLimiter>();
        services.TryAddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton<PasswordRules>();
        services.AddSingleton<PasswordService>();
        services.AddSingleton<AuthKeys>();
        services.AddSingleton<AccessTokenService>();
        services.AddSingleton<ActiveSessionCheck>();
        services.AddSingleton<AccessTokenValidator>();
        services.AddSingleton<RefreshTokenService>();
        services.AddSingleton<VerificationCodeValue>();
        services.AddSingleton<VerificationCodeService>();
        services.AddSingleton<AccountService>();
        return services;
    }
}
