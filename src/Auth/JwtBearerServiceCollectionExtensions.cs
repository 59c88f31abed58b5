using GraphApi.Auth.Sessions;
using GraphApi.Auth.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Auth;

/// <summary>Registers ASP.NET Core's JwtBearer authentication for GraphApi's access tokens.</summary>
public static class JwtBearerServiceCollectionExtensions
{
    /// <summary>
    /// Makes JwtBearer the default authentication scheme, checking tokens with exactly
    /// <see cref="AccessTokenService.ValidationParameters"/> (claims keep their JWT names: <c>sub</c>, <c>handle</c>,
    /// <c>sid</c>; the identity's name is the handle) and refusing tokens whose session has ended
    /// (<see cref="ActiveSessionCheck"/>). Call <c>AddAccounts</c> too, and <c>UseAuthentication</c> in the pipeline.
    /// </summary>
    public static AuthenticationBuilder AddGraphApiJwtBearer(this IServiceCollection services)
    {
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<AccessTokenService, TimeProvider>((options, tokens, time) =>
            {
                options.TokenValidationParameters = tokens.ValidationParameters.Clone();
                options.MapInboundClaims = false;
                options.TimeProvider = time;
                options.Events = new JwtBearerEvents { OnTokenValidated = RefuseEndedSessionsAsync };
            });
        return services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
    }

    private static async Task RefuseEndedSessionsAsync(TokenValidatedContext context)
    {
        var session = CurrentSession.FromPrincipal(context.Principal);
        var sessions = context.HttpContext.RequestServices.GetRequiredService<ActiveSessionCheck>();
        if (session is null || !await sessions.IsActiveAsync(session, context.HttpContext.RequestAborted))
        {
            context.Fail(AccessTokenMessages.SessionEnded);
        }
    }
}
