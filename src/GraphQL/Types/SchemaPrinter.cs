using GraphQL.Introspection;
using GraphQL.Types.Printing;

namespace GraphQL.Types;

/// <summary>
/// Prints a schema as SDL that <c>SchemaBuilder.FromSdl</c> reads back to an equal schema. The layout is the one
/// graphql-js's <c>printSchema</c> uses: the schema definition (only when a root type is not named
/// <c>Query</c>/<c>Mutation</c>/<c>Subscription</c>, or the schema has a description or directives), then the custom
/// directive definitions, then the named types, separated by blank lines. Directives and types are sorted by name
/// (<see cref="SchemaOrder"/>, the order introspection uses too); members keep their definition order. Built-in
/// directives and scalars and the introspection types are left out; extended scalars (DateTime, UUID…) are printed
/// with their <c>@specifiedBy</c>. Single-line descriptions are printed as strings, multi-line ones as block strings
/// (as strings when a block string cannot hold them unchanged).
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema, SchemaPrinterOptions? options = null)
    {
        var writer = new SdlWriter(options ?? SchemaPrinterOptions.Default);
        if (NeedsSchemaDefinition(schema, writer.Options))
        {
            writer.WriteSchemaDefinition(schema);
        }
        var order = SchemaOrder.For(schema);
        foreach (var directive in order.Directives)
        {
            if (!directive.IsBuiltIn)
            {
                writer.WriteDirectiveDefinition(directive, order.LocationsOf(directive));
            }
        }
        foreach (var type in order.Types)
        {
            if (!IsBuiltIn(type))
            {
                writer.WriteType(type, schema);
            }
        }
        return writer.ToString();
    }

    /// <summary>Whether the SDL printer leaves the type out: a spec scalar or an introspection type.</summary>
    public static bool IsBuiltIn(NamedType type) =>
        IntrospectionTypes.IsIntrospectionType(type) ||
        (type is ScalarType && BuiltInScalars.IsSpecified(type.Name));

    // Without a schema definition a reader takes the types named Query, Mutation and Subscription as the roots,
    // so one is needed whenever that would give other roots than the schema has.
    private static bool NeedsSchemaDefinition(Schema schema, SchemaPrinterOptions options) =>
        (schema.Description is not null && options.IncludeDescriptions) ||
        (schema.SchemaDirectives.Count > 0 && options.IncludeAppliedDirectives) ||
        schema.FindType("Query") != schema.QueryType ||
        schema.FindType("Mutation") != schema.MutationType ||
        schema.FindType("Subscription") != schema.SubscriptionType;
}
