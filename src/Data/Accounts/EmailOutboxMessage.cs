namespace GraphApi.Data.Accounts;

/// <summary>An email as the development email sender "sends" it: written to the outbox table, where tests read it.</summary>
public sealed class EmailOutboxMessage
{
    public Guid Id { get; set; }

    public required string ToAddress { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public required DateTimeOffset CreatedAt { get; set; }
}
