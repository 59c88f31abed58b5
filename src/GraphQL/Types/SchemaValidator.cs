namespace GraphQL.Types;

/// <summary>The type system rules of spec section 3. PLACEHOLDER: the types helper replaces this.</summary>
internal static class SchemaValidator
{
    public static IReadOnlyList<string> Validate(Schema schema) => [];
}
