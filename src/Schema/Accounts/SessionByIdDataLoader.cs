using GraphApi.Auth.Accounts;
using GraphApi.Auth.Sessions;

namespace GraphApi.Schema.Accounts;

/// <summary>
/// The viewer's active sessions by id, one query per batch. Another user's session, an ended or expired one, and an
/// id without a session load as null.
/// </summary>
public sealed class SessionByIdDataLoader(AccountService accounts) : ViewerOwnedDataLoader<Session>
{
    protected override async Task<IReadOnlyDictionary<Guid, Session>> LoadAsync(
        CurrentSession viewer, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var sessions = await accounts.FindSessionsAsync(viewer, ids, cancellationToken);
        return sessions.ToDictionary(session => session.Id, session => new Session(session));
    }
}
