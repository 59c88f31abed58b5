using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Tests.Validation;

/// <summary>An error a test expects: its message and the line and column of each location.</summary>
internal sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations)
{
    public override string ToString() => Message + " @ " + string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"));
}

/// <summary>Runs one rule alone over a document, so each rule's tests see only that rule's errors.</summary>
internal static class RuleTester
{
    public static IReadOnlyList<GraphQLError> Validate(IValidationRule rule, string document, Schema? schema = null) =>
        Validate(rule, Parser.Parse(document), schema);

    public static IReadOnlyList<GraphQLError> Validate(IValidationRule rule, DocumentNode document, Schema? schema = null) =>
        DocumentValidator.Validate(schema ?? ValidationSchema.Instance, document, [rule], new ValidationOptions { MaxErrors = int.MaxValue });

    public static void ExpectValid(IValidationRule rule, string document, Schema? schema = null)
    {
        var errors = Validate(rule, document, schema);
        Assert.True(errors.Count == 0, "Expected no errors, got: " + string.Join(" | ", errors.Select(Describe)));
    }

    public static void ExpectErrors(IValidationRule rule, string document, params ExpectedError[] expected) =>
        ExpectErrors(rule, document, null, expected);

    public static void ExpectErrors(IValidationRule rule, string document, Schema? schema, params ExpectedError[] expected)
    {
        var errors = Validate(rule, document, schema);
        Assert.Equal(expected.Select(e => e.ToString()), errors.Select(Describe));
    }

    public static string Describe(GraphQLError error) =>
        error.Message + " @ " + string.Join(", ", (error.Locations ?? []).Select(l => $"{l.Line}:{l.Column}"));
}
