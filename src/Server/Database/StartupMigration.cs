namespace GraphApi.Server.Database;

/// <summary>
/// Migrates the database when the host starts. It runs in <see cref="IHostedLifecycleService.StartingAsync"/>, before
/// any hosted service starts, the web server included: requests only arrive at a migrated database, and a failed
/// migration stops the host from starting.
/// </summary>
internal sealed class StartupMigration(DatabaseMigrator migrator) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
