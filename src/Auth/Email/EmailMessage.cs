namespace GraphApi.Auth.Email;

/// <summary>A plain-text email.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);
