namespace GraphQL.Types;

/// <summary>Entry points for building schemas.</summary>
public static partial class SchemaBuilder
{
    /// <summary>Starts a code-first schema, built from C# classes and their attributes.</summary>
    public static CodeFirstSchemaBuilder New() => new();
}
