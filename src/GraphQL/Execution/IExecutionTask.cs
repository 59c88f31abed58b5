namespace GraphQL.Execution;

/// <summary>A unit of work of the execution loop (a field to resolve, or a resolved field to complete).</summary>
internal interface IExecutionTask
{
    /// <summary>Runs the next step on the execution loop; may enqueue more tasks or start asynchronous work.</summary>
    void Execute();
}
