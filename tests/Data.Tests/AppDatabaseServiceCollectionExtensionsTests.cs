using GraphApi.Data.Accounts;
using GraphApi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GraphApi.Data.Tests;

public sealed class AppDatabaseServiceCollectionExtensionsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Registers_a_data_source_and_a_context_factory_for_the_connection_string()
    {
        await using var services = new ServiceCollection().AddAppDatabase(database.ConnectionString).BuildServiceProvider();

        var factory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using (var context = await factory.CreateDbContextAsync())
        {
            context.EmailOutbox.Add(new EmailOutboxMessage
            {
                ToAddress = "di@example.com", Subject = "s", Body = "b", CreatedAt = DateTimeOffset.UnixEpoch,
            });
            await context.SaveChangesAsync();
        }

        await using var command = services.GetRequiredService<NpgsqlDataSource>()
            .CreateCommand("SELECT count(*) FROM email_outbox WHERE to_address = 'di@example.com'");
        Assert.Equal(1L, await command.ExecuteScalarAsync());
        Assert.Same(services.GetRequiredService<NpgsqlDataSource>(), services.GetRequiredService<NpgsqlDataSource>());
    }
}
