using GraphApi.Auth.RateLimiting;
using GraphApi.Server.Redis;

namespace GraphApi.Server.RateLimiting;

/// <summary>Registers and applies the rate limits' shared counter, the GraphQL request rate limit and forwarded headers.</summary>
public static class RateLimitingRegistration
{
    /// <summary>
    /// Registers the <see cref="IFixedWindowCounter"/> every rate limit counts in (Redis, under
    /// <c>RateLimits:KeyPrefix</c>, when <c>ConnectionStrings:Redis</c> is set; in memory otherwise), the
    /// <c>GraphQL:RateLimit</c> settings and the trusted proxies of <c>ForwardedHeaders</c>. Call it before
    /// <c>AddGraphApiAccounts</c>, whose sign-in limiter uses the counter. Invalid settings throw here or when the host
    /// starts.
    /// </summary>
    public static IServiceCollection AddGraphApiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var store = configuration.GetSection(RateLimitStoreOptions.Section).Get<RateLimitStoreOptions>() ?? new RateLimitStoreOptions();
        if (RedisConfiguration.Read(configuration) is { } redis)
        {
            services.AddSingleton<IFixedWindowCounter>(provider => new RedisFixedWindowCounter(
                redis,
                store.KeyPrefix,
                new InMemoryFixedWindowCounter(provider.GetRequiredService<TimeProvider>()),
                provider.GetRequiredService<ILoggerFactory>()));
        }
        else
        {
            services.AddSingleton<IFixedWindowCounter, InMemoryFixedWindowCounter>();
        }
        services.AddOptions<RequestRateLimitOptions>()
            .Bind(configuration.GetSection(RequestRateLimitOptions.Section))
            .Validate(options => options.PermitLimit >= 1, "GraphQL:RateLimit:PermitLimit must be at least 1.")
            .Validate(options => options.Window > TimeSpan.Zero, "GraphQL:RateLimit:Window must be positive.")
            .ValidateOnStart();
        services.AddSingleton(TrustedProxies.Read(configuration));
        return services;
    }

    /// <summary>
    /// Applies <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c> from the trusted proxies, when any are configured;
    /// first in the pipeline, so that rate limits, logs and everything after see the client's address.
    /// </summary>
    public static IApplicationBuilder UseGraphApiForwardedHeaders(this IApplicationBuilder app)
    {
        var proxies = app.ApplicationServices.GetRequiredService<TrustedProxies>();
        return proxies.IsEnabled ? app.UseForwardedHeaders(proxies.ToOptions()) : app;
    }

    /// <summary>
    /// Limits requests to the GraphQL endpoint at <paramref name="graphQLPath"/> (unless <c>GraphQL:RateLimit:Enable</c>
    /// is off). Put it after <c>UseAuthentication</c> (the limit is per user) and before <c>UseAuthorization</c>.
    /// </summary>
    public static IApplicationBuilder UseGraphApiRequestRateLimit(this IApplicationBuilder app, string graphQLPath) =>
        app.UseMiddleware<RequestRateLimitMiddleware>(graphQLPath);
}
