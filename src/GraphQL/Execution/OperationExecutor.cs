using GraphQL.Language;

namespace GraphQL.Execution;

/// <summary>
/// Spec 6.2 ExecuteQuery / ExecuteMutation / the execution of one subscription event: runs the root selection set on
/// the execution loop and returns the result. Query root fields start together; mutation root fields run one after
/// another, each with everything below it finished before the next one starts (spec 6.2.2), and each reading
/// through DataLoader caches emptied of what the fields before it loaded (their writes would make it stale).
/// </summary>
internal static class OperationExecutor
{
    public static async Task<ExecutionResult> ExecuteAsync(OperationContext context, object? rootValue)
    {
        var fields = context.GetIncludedFields(context.Operation.RootPlan);
        var data = new ResultMap(fields, parent: null, indexInParent: 0);
        var scheduler = context.Scheduler;
        if (context.Operation.Kind == OperationType.Mutation)
        {
            for (var i = 0; i < fields.Length && !data.IsInvalidated; i++)
            {
                if (i > 0)
                {
                    context.ClearDataLoaderCaches();
                }
                scheduler.Enqueue(new FieldTask(context, fields[i], rootValue, data, i));
                await scheduler.RunAsync(context.RequestAborted).ConfigureAwait(false);
            }
        }
        else
        {
            for (var i = 0; i < fields.Length; i++)
            {
                scheduler.Enqueue(new FieldTask(context, fields[i], rootValue, data, i));
            }
            await scheduler.RunAsync(context.RequestAborted).ConfigureAwait(false);
        }
        return ExecutionResult.FromData(data.IsInvalidated ? null : data, context.Errors);
    }
}
