using GraphApi.Server.Accounts;
using GraphApi.Server.Api;
using GraphApi.Server.Database;
using GraphApi.Server.Health;
using GraphApi.Server.Live;
using GraphApi.Server.Notifications;
using GraphApi.Server.RateLimiting;

namespace GraphApi.Server;

/// <summary>
/// Builds the GraphApi web application: <see cref="CreateBuilder"/> reads the configuration and registers the services,
/// <see cref="Build"/> sets up the request pipeline and the endpoints. <c>Program.cs</c> uses both; tests use them to
/// start the real application in-process with their own settings (as command-line arguments, which override
/// appsettings and environment variables), e.g. <c>--urls=http://127.0.0.1:0</c>.
/// </summary>
public static class ServerApp
{
    /// <summary>The address served when no URL is configured (<c>ASPNETCORE_URLS</c>, <c>--urls</c>, <c>Urls</c>).</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Where GraphQL is served (HTTP, server-sent events, WebSocket, the IDE).</summary>
    public const string GraphQLPath = "/graphql";

    /// <summary>
    /// A builder with GraphApi's configuration (appsettings.json, appsettings.{Environment}.json, environment variables,
    /// then <paramref name="args"/>), console logging and every service registered. Add or replace services on it
    /// before calling <see cref="Build"/>.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings*.json sit next to the assembly, wherever the process is started from.
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (!HasConfiguredUrls(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        // One provider: the console, as text or JSON lines per Logging:Console:FormatterName.
        builder.Logging.ClearProviders().AddConsole();

        builder.Services
            .AddGraphApiDatabase(builder.Configuration)
            .AddGraphApiHealthChecks(builder.Configuration)
            .AddGraphApiRateLimiting(builder.Configuration)
            .AddGraphApiAccounts(builder.Configuration, builder.Environment)
            .AddGraphApiLive(builder.Configuration)
            .AddGraphApiNotifications(builder.Configuration)
            .AddGraphApiGraphQL(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Builds the application and maps its endpoints: <c>/graphql</c> (HTTP, server-sent events and WebSocket),
    /// <c>/health/live</c>, <c>/health/ready</c>. Forwarded headers from trusted proxies are applied first; bearer
    /// tokens are authenticated for every request; /graphql then counts the request against the user's (or address's)
    /// rate limit and refuses invalid tokens (<see cref="InvalidAccessTokens"/>).
    /// </summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        app.UseGraphApiForwardedHeaders();
        app.UseWebSockets();
        app.UseCors();
        app.UseAuthentication();
        app.UseGraphApiRequestRateLimit(GraphQLPath);
        app.UseAuthorization();
        app.MapGraphApiHealthChecks();
        app.MapGraphQL(GraphQLPath).RequireAuthorization(InvalidAccessTokens.PolicyName);
        return app;
    }

    private static bool HasConfiguredUrls(IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey]) ||
        !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey]) ||
        !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey]);
}
