using GraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GraphApi.Data;

/// <summary>Registers the application's database with dependency injection.</summary>
public static class AppDatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="NpgsqlDataSource"/> for <paramref name="connectionString"/> (also usable for health checks
    /// and the migration runner), a pooled <see cref="IDbContextFactory{AppDbContext}"/> on top of it, and the
    /// <see cref="EfQueryableExecutor"/> that GraphQL paging runs its queries with.
    /// </summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddPooledDbContextFactory<AppDbContext>(
            (provider, options) => options.UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton<IQueryableExecutor>(EfQueryableExecutor.Instance);
        return services;
    }
}
