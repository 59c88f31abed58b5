using GraphApi.Data;
using GraphApi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static GraphApi.Data.Tests.Accounts.TestAccounts;

namespace GraphApi.Data.Tests.Testing;

public sealed class SqlStatementCounterTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task It_counts_each_query_scalar_and_save_of_the_contexts_a_service_collection_creates()
    {
        var counter = new SqlStatementCounter();
        var services = new ServiceCollection().AddAppDatabase(database.ConnectionString);
        counter.AddTo(services);
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IDbContextFactory<AppDbContext>>();

        var statements = await counter.MeasureAsync(async () =>
        {
            await using var db = await factory.CreateDbContextAsync();
            db.Users.Add(NewUser());
            db.Users.Add(NewUser());
            await db.SaveChangesAsync();                                  // one batch: one command
            await db.Users.ToListAsync();                                 // a reader
            await db.Users.CountAsync();                                  // a scalar
            await db.Users.Where(u => u.Handle == "nobody").ExecuteDeleteAsync();   // a non-query
        });

        Assert.Equal(4, statements.Count);
        Assert.Contains("INSERT", statements[0]);
        Assert.Contains("count(*)", statements[2]);
        Assert.Contains("DELETE", statements[3]);

        counter.Reset();
        Assert.Equal(0, counter.Count);
    }
}
