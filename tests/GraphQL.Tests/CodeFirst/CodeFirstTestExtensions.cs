using GraphQL.Types;

namespace GraphQL.Tests.CodeFirst;

/// <summary>Shortcuts for building code-first schemas and reading their shape in assertions.</summary>
internal static class CodeFirstTestExtensions
{
    public static Schema BuildSchema(Action<CodeFirstSchemaBuilder> configure)
    {
        var builder = SchemaBuilder.New();
        configure(builder);
        return builder.Build();
    }

    /// <summary>The errors a build that must fail reports.</summary>
    public static IReadOnlyList<string> BuildErrors(Action<CodeFirstSchemaBuilder> configure) =>
        Assert.Throws<SchemaException>(() => BuildSchema(configure)).Errors;

    public static OutputField Field(this Schema schema, string typeName, string fieldName) =>
        schema.GetType<ComplexType>(typeName).Fields[fieldName];

    /// <summary>The field's type as SDL writes it, e.g. <c>[String!]!</c>.</summary>
    public static string FieldType(this Schema schema, string typeName, string fieldName) =>
        schema.Field(typeName, fieldName).Type.Print();

    public static InputField Argument(this Schema schema, string typeName, string fieldName, string argumentName) =>
        schema.Field(typeName, fieldName).Arguments[argumentName];

    public static string[] FieldNames(this Schema schema, string typeName) =>
        [.. schema.GetType<ComplexType>(typeName).Fields.Select(f => f.Name)];
}
