namespace GraphApi.Auth.Email;

/// <summary>
/// Sends the emails of the accounts flows. <see cref="OutboxEmailSender"/> is the one registered by default; a host that
/// delivers real mail registers its own before calling <c>AddAccounts</c>.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
