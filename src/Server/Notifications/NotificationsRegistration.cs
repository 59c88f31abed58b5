using GraphApi.Schema.Notifications;

namespace GraphApi.Server.Notifications;

/// <summary>Registers notifications: the <see cref="NotificationService"/> and its limits from the <c>Notifications</c> section.</summary>
public static class NotificationsRegistration
{
    /// <summary>
    /// Adds <see cref="NotificationService"/> (which publishes through the registered topic provider) and binds
    /// <see cref="NotificationOptions"/> (<c>Notifications__MaxIdsPerMarkRead</c>), checked at start.
    /// </summary>
    public static IServiceCollection AddGraphApiNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<NotificationService>();
        services.AddOptions<NotificationOptions>()
            .Bind(configuration.GetSection(NotificationOptions.Section))
            .Validate(options => options.MaxIdsPerMarkRead >= 1, "Notifications:MaxIdsPerMarkRead must be at least 1.")
            .ValidateOnStart();
        return services;
    }
}
