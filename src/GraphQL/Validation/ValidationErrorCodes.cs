namespace GraphQL.Validation;

/// <summary>The <c>extensions.code</c> of validation errors.</summary>
public static class ValidationErrorCodes
{
    /// <summary>The code of every error of the specified rules, and of the error that says validation was aborted.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
}
