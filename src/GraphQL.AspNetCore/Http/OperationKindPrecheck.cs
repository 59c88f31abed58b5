using GraphQL.Language;

namespace GraphQL.AspNetCore.Http;

/// <summary>
/// Tells, before execution, which kind of operation a request would run: GET must not run mutations, and a plain
/// HTTP response cannot carry a subscription's stream, so neither may start. A document that contains neither
/// keyword is a query and is not parsed here at all; one that does is parsed and its operation selected as the
/// executor will (by name, or the only one).
/// </summary>
internal static class OperationKindPrecheck
{
    /// <summary>
    /// The kind of the operation the request selects; null when the document does not parse or names no such
    /// operation, which the executor then reports.
    /// </summary>
    public static OperationType? KindOf(string query, string? operationName, ParserOptions? parserOptions)
    {
        if (!query.Contains("mutation", StringComparison.Ordinal) && !query.Contains("subscription", StringComparison.Ordinal))
        {
            return OperationType.Query;
        }
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, parserOptions);
        }
        catch (SyntaxException)
        {
            return null;
        }
        return SelectOperation(document, operationName)?.Operation;
    }

    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? only = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }
            if (operationName is not null)
            {
                if (operation.Name?.Value == operationName)
                {
                    return operation;
                }
            }
            else if (only is not null)
            {
                return null;
            }
            else
            {
                only = operation;
            }
        }
        return operationName is null ? only : null;
    }
}
