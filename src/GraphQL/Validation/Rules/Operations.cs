using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>How messages name an operation.</summary>
internal static class Operations
{
    /// <summary><c>operation "getDog"</c>, or <c>the anonymous operation</c>.</summary>
    public static string Describe(OperationDefinitionNode operation) =>
        operation.Name is { } name ? $"operation \"{name.Value}\"" : "the anonymous operation";
}
