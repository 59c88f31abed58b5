using GraphApi.Data.Accounts;
using GraphApi.Testing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Data.Tests.Accounts.TestAccounts;

namespace GraphApi.Data.Tests.Accounts;

public sealed class EmailOutboxTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Messages_written_to_the_outbox_are_read_back_by_address_newest_first()
    {
        var address = $"{Guid.NewGuid():N}@example.com";
        await using (var context = database.CreateDbContext())
        {
            context.EmailOutbox.AddRange(
                new EmailOutboxMessage { ToAddress = address, Subject = "Your code", Body = "123456", CreatedAt = Now },
                new EmailOutboxMessage { ToAddress = address, Subject = "Your new code", Body = "654321", CreatedAt = Now.AddMinutes(1) },
                new EmailOutboxMessage { ToAddress = "someone.else@example.com", Subject = "Hi", Body = "", CreatedAt = Now });
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateDbContext())
        {
            var messages = await context.EmailOutbox
                .Where(m => m.ToAddress == address)
                .OrderByDescending(m => m.CreatedAt)
                .Select(m => m.Body)
                .ToListAsync();
            Assert.Equal(["654321", "123456"], messages);
        }
    }
}
