namespace GraphQL.AspNetCore;

/// <summary>
/// Cross-origin resource sharing for the GraphQL endpoints. When <see cref="AllowedOrigins"/> is not empty, a CORS
/// policy named <see cref="PolicyName"/> is registered and required by the endpoints (the host must call
/// <c>app.UseCors()</c> after routing), allowing GET and POST with any request header from those origins.
/// </summary>
public sealed class GraphQLCorsOptions
{
    /// <summary>The name of the CORS policy the endpoints use.</summary>
    public const string PolicyName = "GraphQL";

    /// <summary>Origins allowed to call the endpoints, e.g. <c>https://app.example.com</c>; <c>*</c> allows any origin.</summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>Whether browsers may send cookies and HTTP authentication. Cannot be combined with <c>*</c>.</summary>
    public bool AllowCredentials { get; set; }

    /// <summary>How long browsers may cache a preflight answer. Ten minutes by default.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);

    internal bool IsEnabled => AllowedOrigins.Count > 0;
}
