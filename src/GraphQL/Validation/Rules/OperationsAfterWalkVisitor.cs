using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>
/// A visitor that checks each operation once the whole document has been walked, when the variable usages of
/// every operation and fragment have been collected.
/// </summary>
internal abstract class OperationsAfterWalkVisitor : ValidationVisitor
{
    public sealed override void LeaveDocument(DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                CheckOperation(operation);
            }
        }
    }

    protected abstract void CheckOperation(OperationDefinitionNode operation);

    /// <summary>The operation's variable definitions by name (the first one when a name is defined twice).</summary>
    protected static Dictionary<string, VariableDefinitionNode> VariableDefinitions(OperationDefinitionNode operation)
    {
        var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
        foreach (var variable in operation.VariableDefinitions)
        {
            definitions.TryAdd(variable.Variable.Name.Value, variable);
        }
        return definitions;
    }
}
