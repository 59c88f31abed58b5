using GraphQL.Execution;
using GraphQL.ExecutionDepth;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>Validates executable documents against a schema (spec section 5).</summary>
public static class DocumentValidator
{
    /// <summary>
    /// Runs <see cref="ValidationRules.Specified"/> and <see cref="ValidationOptions.AdditionalRules"/> over the
    /// document in a single walk (at each node, additional rules come after the specified ones), then the
    /// <see cref="MaxExecutionDepthRule"/> when <see cref="ValidationOptions.MaxAllowedExecutionDepth"/> is set. Returns the errors found, in the order found; an empty list means the document is
    /// valid. At most <see cref="ValidationOptions.MaxErrors"/> errors are reported, followed by one saying the
    /// validation was aborted when there were more.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        IReadOnlyList<IValidationRule> rules = options.AdditionalRules.Count == 0 && options.MaxAllowedExecutionDepth is null
            ? ValidationRules.Specified
            : [.. ValidationRules.Specified, .. options.AdditionalRules, .. DepthRule(options)];
        return Validate(schema, document, rules, options);
    }

    private static IValidationRule[] DepthRule(ValidationOptions options) =>
        options.MaxAllowedExecutionDepth is { } depth ? [new MaxExecutionDepthRule(depth, options.SkipIntrospectionFields)] : [];

    /// <summary>Runs exactly <paramref name="rules"/>, in one walk of the document.</summary>
    internal static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<IValidationRule> rules,
        ValidationOptions options)
    {
        var context = new ValidationContext(schema, document, options);
        var visitors = new ValidationVisitor[rules.Count + 1];
        visitors[0] = context.CreateVariableUsageCollector();
        for (var i = 0; i < rules.Count; i++)
        {
            visitors[i + 1] = rules[i].CreateVisitor(context);
        }

        try
        {
            new DocumentWalker(context.TypeInfo, visitors).WalkDocument(document);
        }
        catch (ValidationContext.TooManyErrorsException)
        {
            context.AddAbortedError();
        }
        return context.Errors.Count == 0 ? [] : context.Errors;
    }
}
