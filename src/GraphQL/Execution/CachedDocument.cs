using System.Collections.Concurrent;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// A parsed document with its validation result and the operations compiled from it so far. Validation runs once
/// per document; each operation is compiled once, on first use.
/// </summary>
internal sealed class CachedDocument(string hash, DocumentNode document, IReadOnlyList<GraphQLError> validationErrors)
{
    private readonly ConcurrentDictionary<string, CompiledOperation> _operations = new(StringComparer.Ordinal);

    public string Hash { get; } = hash;

    public DocumentNode Document { get; } = document;

    /// <summary>Empty when the document is valid.</summary>
    public IReadOnlyList<GraphQLError> ValidationErrors { get; } = validationErrors;

    /// <summary>
    /// Spec 6.1 GetOperation: the named operation, or the only one when no name is given; then compiled (cached).
    /// Throws <see cref="GraphQLException"/> when there is no such operation.
    /// </summary>
    public CompiledOperation GetOperation(Schema schema, string? operationName)
    {
        var key = operationName ?? "";
        if (_operations.TryGetValue(key, out var compiled))
        {
            return compiled;
        }
        var operation = SelectOperation(operationName);
        return _operations.GetOrAdd(key, _ => CompiledOperation.Compile(schema, Document, operation));
    }

    private OperationDefinitionNode SelectOperation(string? operationName)
    {
        OperationDefinitionNode? selected = null;
        foreach (var definition in Document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }
            if (operationName is null)
            {
                if (selected is not null)
                {
                    throw new GraphQLException("Must provide operation name if query contains multiple operations.", ErrorCodes.OperationNotFound);
                }
                selected = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }
        return selected ?? throw new GraphQLException(
            operationName is null ? "The document contains no operation to execute." : $"The document has no operation named \"{operationName}\".",
            ErrorCodes.OperationNotFound);
    }
}
