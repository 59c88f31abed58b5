using System.Runtime.CompilerServices;

namespace GraphQL.Types.Printing;

/// <summary>
/// The one order in which both the SDL printer and introspection (<c>__Schema.types</c>, <c>__Schema.directives</c>,
/// <c>__Directive.locations</c>) list a schema's members, so that the two describe a schema identically and the
/// output does not change when a builder discovers types in another order: named types and directives sorted by
/// name (ordinal), directive locations in the spec's order. Fields, arguments, enum values, interfaces and union
/// members keep their definition order. Computed once per schema.
/// </summary>
internal sealed class SchemaOrder
{
    private static readonly ConditionalWeakTable<Schema, SchemaOrder> Cache = [];

    private readonly Dictionary<DirectiveDefinition, DirectiveLocation[]> _locations;

    private SchemaOrder(Schema schema)
    {
        Types = [.. schema.Types.OrderBy(type => type.Name, StringComparer.Ordinal)];
        Directives = [.. schema.Directives.OrderBy(directive => directive.Name, StringComparer.Ordinal)];
        _locations = schema.Directives.ToDictionary(directive => directive, directive => directive.Locations.Order().ToArray());
    }

    /// <summary>Every named type of the schema, built-in and introspection types included.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    /// <summary>Every directive of the schema, built-in ones included.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public static SchemaOrder For(Schema schema) => Cache.GetValue(schema, static s => new SchemaOrder(s));

    /// <summary>The locations of one of the schema's directives, in the spec's order.</summary>
    public IReadOnlyList<DirectiveLocation> LocationsOf(DirectiveDefinition directive) => _locations[directive];
}
