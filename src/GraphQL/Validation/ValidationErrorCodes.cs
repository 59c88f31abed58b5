namespace GraphQL.Validation;

/// <summary>The <c>extensions</c> every validation error carries.</summary>
public static class ValidationErrorCodes
{
    /// <summary>The <c>extensions.code</c> of every error that breaks a validation rule.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The extension naming the rule broken, as a link into the specification (HotChocolate's convention).</summary>
    public const string SpecifiedByExtension = "specifiedBy";

    /// <summary>The edition of the specification the rules implement.</summary>
    public const string SpecificationUrl = "https://spec.graphql.org/September2025/";
}
