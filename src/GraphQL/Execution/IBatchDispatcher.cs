namespace GraphQL.Execution;

/// <summary>
/// The executor's hook for batching (DataLoader). Resolvers that wait for a batched load stay pending; when the
/// executor has no other work it can run, it calls <see cref="Dispatch"/> so every waiting load — from sibling,
/// cousin and deeper fields alike — goes out as one batch. Resolved per request from
/// <see cref="GraphQLRequest.Services"/>; without one, nothing is batched.
/// </summary>
public interface IBatchDispatcher
{
    /// <summary>Whether loads are waiting to be dispatched.</summary>
    bool HasPendingBatches { get; }

    /// <summary>
    /// Raised (on any thread) when a load starts waiting, so an executor that is idle waiting for resolvers wakes up
    /// and dispatches it.
    /// </summary>
    event EventHandler? BatchPending;

    /// <summary>Starts every pending batch. Called on the execution loop when no resolver can make progress.</summary>
    void Dispatch();
}
