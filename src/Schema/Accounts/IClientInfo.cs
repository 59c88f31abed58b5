using System.Net;

namespace GraphApi.Schema.Accounts;

/// <summary>
/// Who is at the other end of the request, as the transport sees it: recorded with each session so that people can
/// tell their sessions apart, and used to rate-limit sign-ins. The host provides it (over HTTP: from the request).
/// </summary>
public interface IClientInfo
{
    /// <summary>The client's User-Agent header; null when it sent none.</summary>
    string? UserAgent { get; }

    /// <summary>The client's address; null when unknown.</summary>
    IPAddress? IpAddress { get; }
}
