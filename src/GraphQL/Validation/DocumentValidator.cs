using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>Validates executable documents against a schema (spec section 5).</summary>
public static class DocumentValidator
{
    /// <summary>
    /// Runs <see cref="ValidationRules.Specified"/> and then <see cref="ValidationOptions.AdditionalRules"/> over the
    /// document in a single walk. Returns the errors found, in the order found; an empty list means the document is
    /// valid. At most <see cref="ValidationOptions.MaxErrors"/> errors are reported, followed by one saying the
    /// validation was aborted when there were more.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;

        var context = new ValidationContext(schema, document, options.MaxErrors);
        var specified = ValidationRules.Specified;
        var visitors = new ValidationVisitor[specified.Count + options.AdditionalRules.Count];
        for (var i = 0; i < specified.Count; i++)
        {
            visitors[i] = specified[i].CreateVisitor(context);
        }
        for (var i = 0; i < options.AdditionalRules.Count; i++)
        {
            visitors[specified.Count + i] = options.AdditionalRules[i].CreateVisitor(context);
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
