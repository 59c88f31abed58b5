using System.Net;
using GraphApi.Auth.Accounts;
using GraphApi.Auth.Email;
using GraphApi.Auth.Passwords;
using GraphApi.Auth.RateLimiting;
using GraphApi.Auth.Sessions;
using GraphApi.Auth.Tokens;
using GraphApi.Auth.Verification;
using GraphApi.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GraphApi.Auth.Tests;

/// <summary><c>AddAccounts</c> in a real host: defaults, configuration, and settings that stop the host from starting.</summary>
public sealed class AccountsRegistrationTests
{
    [Fact]
    public async Task Outside_development_a_missing_signing_key_stops_the_host_saying_what_to_set()
    {
        using var host = BuildHost(Environments.Production, new() { ["Auth:SigningKey"] = null });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Auth:SigningKey is not set", error.Message);
        Assert.Contains("Auth__SigningKey", error.Message);
        Assert.Contains("at least 32 bytes", error.Message);
    }

    [Fact]
    public async Task A_signing_key_shorter_than_32_bytes_stops_the_host()
    {
        using var host = BuildHost(Environments.Development, new() { ["Auth:SigningKey"] = new string('k', 31) });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Auth:SigningKey is too short", error.Message);
    }

    [Fact]
    public async Task In_development_a_missing_signing_key_falls_back_to_the_development_key()
    {
        using var host = BuildHost(Environments.Development, new() { ["Auth:SigningKey"] = null });
        await host.StartAsync();

        Assert.Equal(AuthKeys.DevelopmentSigningKey, host.Services.GetRequiredService<IOptions<AccessTokenOptions>>().Value.SigningKey);
        var tokens = host.Services.GetRequiredService<AccessTokenService>();
        var token = tokens.Issue(new() { Email = "dev@example.com", Handle = "dev", PasswordHash = "x", CreatedAt = DateTimeOffset.UtcNow }, Guid.CreateVersion7());
        Assert.True((await new JsonWebTokenHandler().ValidateTokenAsync(token.Token, tokens.ValidationParameters)).IsValid);
        await host.StopAsync();
    }

    [Fact]
    public void Every_setting_has_a_default()
    {
        using var host = BuildHost(Environments.Development, new() { ["Auth:SigningKey"] = null, ["Auth:Passwords:HashIterations"] = null });
        var services = host.Services;

        var tokens = services.GetRequiredService<IOptions<AccessTokenOptions>>().Value;
        Assert.Equal(("graphapi", "graphapi"), (tokens.Issuer, tokens.Audience));
        Assert.Equal((TimeSpan.FromMinutes(15), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(15)), (tokens.AccessTokenLifetime, tokens.ClockSkew, tokens.SessionCheckCacheDuration));
        Assert.Equal(TimeSpan.FromDays(14), services.GetRequiredService<IOptions<RefreshTokenOptions>>().Value.Lifetime);
        var codes = services.GetRequiredService<IOptions<VerificationCodeOptions>>().Value;
        Assert.Equal((TimeSpan.FromMinutes(10), 5, TimeSpan.FromSeconds(60)), (codes.Lifetime, codes.MaxAttempts, codes.ResendInterval));
        var passwords = services.GetRequiredService<IOptions<PasswordPolicyOptions>>().Value;
        Assert.Equal((8, 64, 100_000), (passwords.MinLength, passwords.MaxLength, passwords.HashIterations));
        Assert.Equal(100_000, services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount);
        var limits = services.GetRequiredService<IOptions<SignInRateLimitOptions>>().Value;
        Assert.Equal((10, 5, TimeSpan.FromMinutes(1)), (limits.PerIpPermitLimit, limits.PerAccountPermitLimit, limits.Window));
    }

    [Fact]
    public void Settings_are_read_from_the_auth_section()
    {
        using var host = BuildHost(Environments.Production, new()
        {
            ["Auth:Issuer"] = "issuer",
            ["Auth:Passwords:MinLength"] = "10",
            ["Auth:Passwords:HashIterations"] = "5000",
            ["Auth:SignInRateLimit:PerIpPermitLimit"] = "20",
        });

        Assert.Equal("issuer", host.Services.GetRequiredService<IOptions<AccessTokenOptions>>().Value.Issuer);
        Assert.Equal(10, host.Services.GetRequiredService<PasswordRules>().MinLength);
        Assert.Equal(5000, host.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount);
        Assert.Equal(20, host.Services.GetRequiredService<IOptions<SignInRateLimitOptions>>().Value.PerIpPermitLimit);
    }

    [Theory]
    [InlineData("Auth:AccessTokenLifetime", "00:00:00", "Auth:AccessTokenLifetime must be positive.")]
    [InlineData("Auth:RefreshTokens:Lifetime", "-1.00:00:00", "Auth:RefreshTokens:Lifetime must be positive.")]
    [InlineData("Auth:VerificationCodes:MaxAttempts", "0", "Auth:VerificationCodes:MaxAttempts must be at least 1.")]
    [InlineData("Auth:Passwords:MaxLength", "4", "Auth:Passwords:MinLength must be at least 1 and Auth:Passwords:MaxLength at least MinLength.")]
    [InlineData("Auth:SignInRateLimit:Window", "00:00:00", "Auth:SignInRateLimit:Window must be positive.")]
    [InlineData("Auth:SignInRateLimit:PerAccountPermitLimit", "0", "Auth:SignInRateLimit:PerIpPermitLimit and PerAccountPermitLimit must be at least 1.")]
    public async Task A_setting_out_of_range_stops_the_host_naming_it(string key, string value, string message)
    {
        using var host = BuildHost(Environments.Production, new() { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(message, error.Failures);
    }

    [Fact]
    public void Every_account_service_can_be_resolved()
    {
        using var host = BuildHost(Environments.Production, new());

        Assert.IsType<OutboxEmailSender>(host.Services.GetRequiredService<IEmailSender>());
        Assert.IsType<SignInRateLimiter>(host.Services.GetRequiredService<ISignInRateLimiter>());
        Assert.IsType<InMemoryFixedWindowCounter>(host.Services.GetRequiredService<IFixedWindowCounter>());
        Assert.Same(TimeProvider.System, host.Services.GetRequiredService<TimeProvider>());
        Assert.NotNull(host.Services.GetRequiredService<AccountService>());
        Assert.NotNull(host.Services.GetRequiredService<AccessTokenValidator>());
    }

    [Fact]
    public void Senders_limiters_and_clocks_registered_by_the_host_are_kept()
    {
        var sender = new DiscardingEmailSender();
        var limiter = new AllowingRateLimiter();
        var time = new ManualTimeProvider();
        var counter = new InMemoryFixedWindowCounter(time);
        using var host = BuildHost(Environments.Production, new(), services => services
            .AddSingleton<IEmailSender>(sender)
            .AddSingleton<ISignInRateLimiter>(limiter)
            .AddSingleton<IFixedWindowCounter>(counter)
            .AddSingleton<TimeProvider>(time));

        Assert.Same(sender, host.Services.GetRequiredService<IEmailSender>());
        Assert.Same(limiter, host.Services.GetRequiredService<ISignInRateLimiter>());
        Assert.Same(counter, host.Services.GetRequiredService<IFixedWindowCounter>());
        Assert.Same(time, host.Services.GetRequiredService<TimeProvider>());
    }

    private static IHost BuildHost(string environment, Dictionary<string, string?> settings, Action<IServiceCollection>? before = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(TestAuth.Settings(settings));
        builder.Services.AddDbContextFactory<AppDbContext>(options => options.UseNpgsql("Host=unused"));
        before?.Invoke(builder.Services);
        builder.Services.AddAccounts(builder.Configuration, builder.Environment);
        return builder.Build();
    }

    private sealed class DiscardingEmailSender : IEmailSender
    {
        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    private sealed class AllowingRateLimiter : ISignInRateLimiter
    {
        public ValueTask<RateLimitDecision> AcquireAsync(IPAddress? ipAddress, string accountKey, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(RateLimitDecision.Allowed);
    }
}
