namespace GraphApi.Auth.Accounts;

/// <summary>
/// Why an account operation was refused. Each kind is its own type, named as the GraphQL error type that reports it
/// (mutation conventions: the payload's <c>errors</c> union), with a message for people.
/// </summary>
public abstract record AccountError
{
    public abstract string Message { get; }
}
