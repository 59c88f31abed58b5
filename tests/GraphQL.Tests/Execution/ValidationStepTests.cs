using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using static GraphQL.Tests.Execution.ExecutionTestExtensions;

namespace GraphQL.Tests.Execution;

/// <summary>The pipeline's validation step: errors without data, run once per document, options passed on.</summary>
public sealed class ValidationStepTests
{
    private static SdlSchemaBuilder Schema() => SchemaBuilder.FromSdl("type Query { a: Int }").BindResolver("Query", "a", Returns(1));

    [Fact]
    public async Task AnInvalidDocumentGivesErrorsAndNoData()
    {
        var result = await Schema().Executor().RunAsync("{ a unknown }");

        Assert.False(result.HasData);
        Assert.Contains(result.Errors, error => error.Message.Contains("unknown", StringComparison.Ordinal));
        Assert.DoesNotContain("\"data\"", result.ToJson());
    }

    [Fact]
    public async Task ADocumentIsValidatedOnceWithTheConfiguredOptions()
    {
        var rule = new CountingRule();
        var validation = new ValidationOptions();
        validation.AdditionalRules.Add(rule);
        var executor = Schema().Executor(new ExecutionOptions { Validation = validation });

        await executor.RunAsync("{ a }");
        var result = await executor.RunAsync("{ a }");
        await executor.RunAsync("{ b: a }");

        Assert.Equal(Json("{'data':{'a':1}}"), result.ToJson());
        Assert.Equal(2, rule.Validations);
    }

    private sealed class CountingRule : IValidationRule
    {
        public int Validations { get; private set; }

        public ValidationVisitor CreateVisitor(ValidationContext context)
        {
            Validations++;
            return new Visitor();
        }

        private sealed class Visitor : ValidationVisitor;
    }
}
