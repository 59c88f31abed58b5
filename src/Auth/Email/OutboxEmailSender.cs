using GraphApi.Data;
using GraphApi.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphApi.Auth.Email;

/// <summary>
/// The development email sender: writes each email to the <c>email_outbox</c> table (where tests and developers read
/// it) and logs it. The body, which carries verification codes, is logged only in the Development environment.
/// </summary>
public sealed partial class OutboxEmailSender(
    IDbContextFactory<AppDbContext> contexts,
    TimeProvider time,
    IHostEnvironment environment,
    ILogger<OutboxEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.EmailOutbox.Add(new EmailOutboxMessage
        {
            ToAddress = message.To,
            Subject = message.Subject,
            Body = message.Body,
            CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);

        if (environment.IsDevelopment())
        {
            LogEmailWithBody(message.To, message.Subject, message.Body);
        }
        else
        {
            LogEmail(message.To, message.Subject);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email to {To} written to the outbox: {Subject}\n{Body}")]
    private partial void LogEmailWithBody(string to, string subject, string body);

    [LoggerMessage(Level = LogLevel.Information, Message = "Email to {To} written to the outbox: {Subject} (body not logged outside Development)")]
    private partial void LogEmail(string to, string subject);
}
