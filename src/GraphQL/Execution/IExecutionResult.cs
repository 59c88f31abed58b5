namespace GraphQL.Execution;

/// <summary>
/// What executing a request gives: an <see cref="ExecutionResult"/> for queries, mutations and failed requests,
/// or a <see cref="ResponseStream"/> of results for a subscription.
/// </summary>
public interface IExecutionResult;
