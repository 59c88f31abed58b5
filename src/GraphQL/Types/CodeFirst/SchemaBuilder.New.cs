namespace GraphQL.Types;

public static partial class SchemaBuilder
{
    /// <summary>Starts a code-first schema, built from C# classes and their attributes.</summary>
    public static CodeFirstSchemaBuilder New() => new();
}
