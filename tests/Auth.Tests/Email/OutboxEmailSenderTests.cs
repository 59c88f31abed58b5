using GraphApi.Auth.Email;
using GraphApi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphApi.Auth.Tests.Email;

public sealed class OutboxEmailSenderTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Writes_the_email_to_the_outbox_at_the_current_time()
    {
        var time = new ManualTimeProvider();
        var sender = Sender(Environments.Production, new CapturingLoggerProvider(), time);
        var to = TestAuth.NewEmail();

        await sender.SendAsync(new EmailMessage(to, "Hello", "The body"));

        await using var db = database.CreateDbContext();
        var stored = await db.EmailOutbox.SingleAsync(m => m.ToAddress == to);
        Assert.Equal(("Hello", "The body", time.GetUtcNow()), (stored.Subject, stored.Body, stored.CreatedAt));
    }

    [Fact]
    public async Task Logs_the_body_in_development()
    {
        var logs = new CapturingLoggerProvider();
        var to = TestAuth.NewEmail();

        await Sender(Environments.Development, logs).SendAsync(new EmailMessage(to, "Your code", "Enter 123456"));

        var message = Assert.Single(logs.Messages);
        Assert.Contains(to, message);
        Assert.Contains("Enter 123456", message);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Never_logs_the_body_outside_development(string environment)
    {
        var logs = new CapturingLoggerProvider();
        var to = TestAuth.NewEmail();

        await Sender(environment, logs).SendAsync(new EmailMessage(to, "Your code", "Enter 123456"));

        var message = Assert.Single(logs.Messages);
        Assert.Contains(to, message);
        Assert.Contains("Your code", message);
        Assert.DoesNotContain("123456", message);
    }

    private OutboxEmailSender Sender(string environment, CapturingLoggerProvider logs, TimeProvider? time = null) =>
        new(database.DbContextFactory, time ?? TimeProvider.System, TestAuth.Environment(environment),
            new LoggerFactory([logs]).CreateLogger<OutboxEmailSender>());
}
